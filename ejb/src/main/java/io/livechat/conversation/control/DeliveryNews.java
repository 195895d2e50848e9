package io.livechat.conversation.control;

import io.livechat.conversation.boundary.DeliveryChanged;
import io.livechat.conversation.entity.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;

/**
 * Announces that a message's delivery moved on. The event names the message's conversation and
 * bot: read as two ids in one query when they are not loaded already, where walking the message's
 * relations read the conversation, its contact and its bot (three queries per send and per status).
 */
@ApplicationScoped
public class DeliveryNews {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<DeliveryChanged> changes;

    public void changed(Message message) {
        PersistenceUnitUtil loaded = em.getEntityManagerFactory().getPersistenceUnitUtil();
        if (loaded.isLoaded(message, "conversation") && loaded.isLoaded(message.getConversation(), "bot")) {
            changes.fire(DeliveryChanged.of(message));
            return;
        }
        Object[] route = em.createNamedQuery(Message.ROUTE, Object[].class)
                .setParameter("id", message.getId())
                .getSingleResult();
        changes.fire(new DeliveryChanged(message.getId(), ((Number) route[0]).longValue(), ((Number) route[1]).longValue(),
                message.getDeliveryStatus()));
    }
}
