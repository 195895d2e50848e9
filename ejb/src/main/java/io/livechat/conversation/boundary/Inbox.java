package io.livechat.conversation.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.boundary.Contacts;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Where every channel hands in what users write. Channels authenticate their own callers (a
 * webhook signature, a widget session), so this boundary trusts its caller and is not exposed over
 * REST. Channels deliver at least once: a message whose channel id was stored already is ignored.
 */
@Stateless
@PermitAll
public class Inbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Contacts contacts;

    @Inject
    private Conversations conversations;

    @Inject
    private Event<MessageReceived> received;

    @Inject
    private Clock clock;

    /** Stores the user's message and announces it; empty if the channel delivered it before. */
    public Optional<MessageView> receive(InboundMessage inbound) {
        if (inbound.externalId() != null && isStored(inbound)) {
            return Optional.empty();
        }
        Bot bot = access.find(inbound.botId());
        Contact contact = contacts.findOrCreate(bot, inbound.contact());
        Conversation conversation = conversations.ongoing(bot, contact);
        Message message = inbound.choiceId() == null
                ? Message.fromUser(conversation, inbound.text(), inbound.externalId(), clock.instant())
                : Message.fromUserChoice(conversation, new Choice(inbound.choiceId(), inbound.text()),
                        inbound.externalId(), clock.instant());
        em.persist(message);
        em.flush();
        received.fire(new MessageReceived(message.getId(), conversation.getId(), bot.getId(), conversation.getChannel(),
                inbound.choiceId(), conversation.getResponder()));
        return Optional.of(MessageView.of(message));
    }

    private boolean isStored(InboundMessage inbound) {
        return !em.createNamedQuery(Message.BY_EXTERNAL_ID, Message.class)
                .setParameter("channel", inbound.contact().channel())
                .setParameter("externalId", inbound.externalId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
