package io.livechat.contact.boundary;

import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.boundary.Conversations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** The end users of bots, found by their channel identity and created on first contact. */
@Stateless
public class Contacts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Conversations conversations;

    /** The bot's contact with this identity, created if the bot has not met them yet. */
    public Contact findOrCreate(Bot bot, ContactIdentity identity) {
        Contact contact = em.createNamedQuery(Contact.BY_IDENTITY, Contact.class)
                .setParameter("botId", bot.getId())
                .setParameter("channel", identity.channel())
                .setParameter("externalId", identity.externalId())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Contact created = new Contact(bot, identity.channel(), identity.externalId(), clock.instant());
                    em.persist(created);
                    return created;
                });
        contact.learnName(identity.name());
        return contact;
    }

    /** The profile of the conversation's user, for a caller who may see the conversation's bot. */
    public ContactProfile profileOf(long conversationId) {
        return ContactProfile.of(conversations.visible(conversationId).getContact());
    }
}
