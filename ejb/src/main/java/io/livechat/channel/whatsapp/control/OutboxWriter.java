package io.livechat.channel.whatsapp.control;

import io.livechat.channel.whatsapp.entity.OutboxEntry;
import io.livechat.conversation.boundary.MessageQueued;
import io.livechat.conversation.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes the outbox entry of a WhatsApp message in the very transaction that stores the message:
 * both commit or neither does, so a message is never stored without being sent eventually, and a
 * rolled-back one leaves nothing to send.
 */
@ApplicationScoped
public class OutboxWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    void write(@Observes MessageQueued queued) {
        if (queued.channel() == Channel.WHATSAPP) {
            em.persist(new OutboxEntry(queued.messageId(), clock.instant()));
        }
    }
}
