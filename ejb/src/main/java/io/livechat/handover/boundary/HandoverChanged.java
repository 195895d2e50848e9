package io.livechat.handover.boundary;

import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;

/**
 * Fired inside the transaction of every handover transition. Observers that must agree with the
 * transition (the audit trail) observe it plainly; side effects (push) observe AFTER_SUCCESS.
 *
 * @param actor the username of the person, or {@code bot:<id>} for a bot engine
 * @param from  the state before, null for a new request
 */
public record HandoverChanged(long handoverId, long botId, long conversationId, String actor, HandoverAction action,
                              HandoverState from, HandoverState to, Instant at) {
}
