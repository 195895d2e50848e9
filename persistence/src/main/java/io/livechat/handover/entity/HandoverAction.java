package io.livechat.handover.entity;

/**
 * What happened to a handover. The CALL_ actions record the calls made in the handover's conversation
 * (a handover's state does not change with them). TRANSFERRED (by its agent) and REASSIGNED (by a
 * supervisor) move an assigned handover from one agent to another.
 */
public enum HandoverAction {
    REQUESTED,
    ASSIGNED,
    UNASSIGNED,
    RESOLVED,
    CALL_STARTED,
    CALL_ACCEPTED,
    CALL_DECLINED,
    CALL_MISSED,
    CALL_CANCELLED,
    CALL_ENDED,
    TRANSFERRED,
    REASSIGNED
}
