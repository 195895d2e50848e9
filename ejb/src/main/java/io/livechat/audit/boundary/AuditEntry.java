package io.livechat.audit.boundary;

import io.livechat.audit.entity.AuditEvent;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;

/**
 * One transition of a handover as the audit trail shows it.
 *
 * @param detail why, for what Live Chat did on its own (actor {@code system}), and which call a call step was
 */
public record AuditEntry(long handoverId, String actor, HandoverAction action, HandoverState from, HandoverState to,
                         Instant at, String detail) {

    public static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getHandoverId(), event.getActor(), event.getAction(), event.getFromState(),
                event.getToState(), event.getOccurredAt(), event.getDetail());
    }
}
