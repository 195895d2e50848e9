package io.livechat.audit.control;

import io.livechat.audit.entity.AuditEvent;
import io.livechat.handover.boundary.HandoverChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the audit trail. It observes in the transition's own transaction, so a transition and its
 * audit event are committed or rolled back together.
 */
@ApplicationScoped
public class AuditRecorder {

    @PersistenceContext
    private EntityManager em;

    void record(@Observes HandoverChanged change) {
        em.persist(new AuditEvent(change.handoverId(), change.botId(), change.actor(), change.action(),
                change.from(), change.to(), change.at(), null));
    }
}
