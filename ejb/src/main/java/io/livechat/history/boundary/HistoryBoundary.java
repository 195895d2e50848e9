package io.livechat.history.boundary;

import io.livechat.handover.entity.HandoverAction;
import java.time.Instant;

/**
 * Where a handover of the conversation moved, from its audit trail, shown between the messages
 * where it happened: requested (at which step), assigned, returned to the queue, transferred or
 * reassigned, resolved.
 *
 * @param actor  who did it, as people read it: a person's display name, the bot's name for its
 *               engine, "Live Chat" (null here) for what the product did on its own
 * @param step   the workflow step the handover was requested at (null if none was named)
 * @param detail what the audit trail says beside it (why Live Chat did it; who a chat went to)
 */
public record HistoryBoundary(long handoverId, Instant at, HandoverAction action, String actor, String step,
                              String detail) {
}
