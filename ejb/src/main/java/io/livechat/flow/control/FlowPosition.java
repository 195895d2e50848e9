package io.livechat.flow.control;

import io.livechat.flow.entity.SessionStatus;

/** Where a turn of the workflow left the conversation: at which step, in which status. */
public record FlowPosition(String stepId, SessionStatus status) {
}
