package io.livechat.handover.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.handover.control.HandoverLists;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What a user may know of their own handover: their place in the queue, or the agent's name. Called
 * by the channels for a conversation whose user they authenticated (a widget session), never over
 * REST, so it trusts its caller. Each answer costs one read of the open handover and, while it is
 * pending, one indexed count.
 */
@Stateless
@PermitAll
public class Queues {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HandoverLists lists;

    /** The conversation's open handover as its user sees it; empty when there is none (the bot answers). */
    public Optional<WaitingStatus> statusOf(long conversationId) {
        return em.createNamedQuery(Handover.OPEN_OF_CONVERSATION, Handover.class)
                .setParameter("conversationId", conversationId)
                .getResultStream()
                .findFirst()
                .map(this::status);
    }

    private WaitingStatus status(Handover handover) {
        if (handover.getState() == HandoverState.PENDING) {
            long position = lists.position(handover);
            return new WaitingStatus(handover.getId(), HandoverState.PENDING, position,
                    handover.getBot().getTexts().queuedAt(position), null);
        }
        return new WaitingStatus(handover.getId(), handover.getState(), 0, null,
                handover.getAssignee().map(UserAccount::getDisplayName).orElse(null));
    }
}
