package io.livechat.audit.boundary;

import io.livechat.audit.entity.AuditEvent;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;

/** One transition of a handover as the audit trail shows it. */
public record AuditEntry(long handoverId, String actor, HandoverAction action, HandoverState from, HandoverState to,
                         Instant at) {

    public static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getHandoverId(), event.getActor(), event.getAction(), event.getFromState(),
                event.getToState(), event.getOccurredAt());
    }
}
