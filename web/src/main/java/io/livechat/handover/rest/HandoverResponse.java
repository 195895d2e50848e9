package io.livechat.handover.rest;

import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.entity.HandoverState;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A handover on the wire; {@code assignee} is the username of the agent who has it, or null; {@code unread}
 * what the calling person has not seen of its conversation, in a bot's list (null elsewhere).
 */
@JsonbNillable
public record HandoverResponse(long id, long botId, long conversationId, HandoverState state, String assignee,
                               String assigneeName, String step, String reason, Instant requestedAt,
                               Instant assignedAt, Instant resolvedAt, Integer unread) {

    public static HandoverResponse of(HandoverView view) {
        return of(view, null);
    }

    public static HandoverResponse of(HandoverView view, Integer unread) {
        return new HandoverResponse(view.id(), view.botId(), view.conversationId(), view.state(), view.assignee(),
                view.assigneeName(), view.step(), view.reason(), view.requestedAt(), view.assignedAt(),
                view.resolvedAt(), unread);
    }
}
