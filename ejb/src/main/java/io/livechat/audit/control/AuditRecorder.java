package io.livechat.audit.control;

import io.livechat.agent.boundary.FirstAdminBootstrapped;
import io.livechat.audit.entity.AccountAction;
import io.livechat.audit.entity.AccountAuditEvent;
import io.livechat.audit.entity.AuditEvent;
import io.livechat.call.boundary.CallChanged;
import io.livechat.handover.boundary.HandoverChanged;
import io.livechat.handover.entity.HandoverAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the audit trail. It observes in the transition's own transaction, so a transition and its
 * audit event are committed or rolled back together. Calls are audited on the handover of the
 * conversation they were made in; the first admin from configuration on its account.
 */
@ApplicationScoped
public class AuditRecorder {

    @PersistenceContext
    private EntityManager em;

    void record(@Observes HandoverChanged change) {
        em.persist(new AuditEvent(change.handoverId(), change.botId(), change.actor(), change.action(),
                change.from(), change.to(), change.at(), change.detail()));
    }

    void record(@Observes CallChanged change) {
        HandoverAction action = switch (change.state()) {
            case RINGING -> HandoverAction.CALL_STARTED;
            case ACTIVE -> HandoverAction.CALL_ACCEPTED;
            case DECLINED -> HandoverAction.CALL_DECLINED;
            case MISSED -> HandoverAction.CALL_MISSED;
            case CANCELLED -> HandoverAction.CALL_CANCELLED;
            case ENDED -> HandoverAction.CALL_ENDED;
        };
        em.persist(new AuditEvent(change.handoverId(), change.botId(), change.actor(), action, change.handoverState(),
                change.handoverState(), change.at(), change.kind() + " call " + change.callId()));
    }

    void record(@Observes FirstAdminBootstrapped bootstrap) {
        em.persist(new AccountAuditEvent(bootstrap.accountId(), HandoverChanged.SYSTEM, AccountAction.BOOTSTRAPPED, bootstrap.at(),
                "The first admin, created from configuration (LIVECHAT_BOOTSTRAP_ADMIN and "
                        + bootstrap.passwordSetting() + ") because the database had no admin"));
    }
}
