package io.livechat.audit.boundary;

import io.livechat.audit.entity.AuditEvent;
import io.livechat.handover.boundary.Handovers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the audit trail of handovers, for callers who may see the handover's bot. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Handovers handovers;

    /** Every transition of the handover, oldest first. */
    public List<AuditEntry> ofHandover(long handoverId) {
        handovers.find(handoverId); // refuses a caller who may not see the handover
        return em.createNamedQuery(AuditEvent.OF_HANDOVER, AuditEvent.class)
                .setParameter("handoverId", handoverId)
                .getResultStream()
                .map(AuditEntry::of)
                .toList();
    }
}
