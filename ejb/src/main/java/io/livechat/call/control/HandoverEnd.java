package io.livechat.call.control;

import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallState;
import io.livechat.handover.boundary.HandoverChanged;
import io.livechat.handover.entity.HandoverAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * A handover that leaves its agent (unassigned or resolved) ends the call in its conversation, in the
 * same transaction: a call belongs to the agent's work on the handover, and must not outlive it.
 */
@ApplicationScoped
public class HandoverEnd {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallRecords records;

    @Inject
    private Clock clock;

    void handoverChanged(@Observes HandoverChanged change) {
        if (change.action() != HandoverAction.UNASSIGNED && change.action() != HandoverAction.RESOLVED) {
            return;
        }
        for (Call open : em.createNamedQuery(Call.OPEN_OF_CONVERSATION, Call.class)
                .setParameter("conversationId", change.conversationId()).getResultList()) {
            Call call = records.locked(open.getId());
            if (call.getState() == CallState.RINGING) {
                call.cancel(change.actor(), clock.instant());
            } else {
                call.hangUp(change.actor(), clock.instant());
            }
            records.changed(call, change.actor());
        }
    }
}
