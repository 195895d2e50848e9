package io.livechat.handover.boundary;

import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;

/**
 * Fired inside the transaction of every handover transition. Observers that must agree with the
 * transition (the audit trail) observe it plainly; side effects (push) observe AFTER_SUCCESS.
 *
 * @param actor  the username of the person, {@code bot:<id>} for a bot engine, or {@link #SYSTEM} for Live Chat itself
 * @param from   the state before, null for a new request
 * @param detail why, where the actor was not a person or bot (null otherwise)
 */
public record HandoverChanged(long handoverId, long botId, long conversationId, String actor, HandoverAction action,
                              HandoverState from, HandoverState to, Instant at, String detail) {

    /** The actor of what Live Chat did on its own, such as returning an offline agent's chat to the queue. */
    public static final String SYSTEM = "system";

    /** The handover's change to the state it is in now. */
    public static HandoverChanged of(Handover handover, HandoverAction action, HandoverState from, Instant at,
                                     String actor, String detail) {
        return new HandoverChanged(handover.getId(), handover.getBot().getId(), handover.getConversation().getId(),
                actor, action, from, handover.getState(), at, detail);
    }
}
