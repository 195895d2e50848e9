package io.livechat.handover.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;

/** A handover as callers see it, taken inside the transaction that read it. */
public record HandoverView(long id, long botId, long conversationId, HandoverState state, String assignee,
                           String assigneeName, String step, String reason, Instant requestedAt, Instant assignedAt,
                           Instant resolvedAt) {

    public static HandoverView of(Handover handover) {
        return new HandoverView(handover.getId(), handover.getBot().getId(), handover.getConversation().getId(),
                handover.getState(),
                handover.getAssignee().map(UserAccount::getUsername).orElse(null),
                handover.getAssignee().map(UserAccount::getDisplayName).orElse(null),
                handover.getStep(), handover.getReason(), handover.getRequestedAt(),
                handover.getAssignedAt().orElse(null), handover.getResolvedAt().orElse(null));
    }
}
