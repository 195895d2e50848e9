package io.livechat.channel.widget.boundary;

import io.livechat.bot.entity.Bot;
import io.livechat.channel.widget.control.Secrets;
import io.livechat.channel.widget.control.WidgetLimits;
import io.livechat.channel.widget.entity.WidgetSession;
import io.livechat.channel.widget.entity.WidgetSettings;
import io.livechat.contact.boundary.Contacts;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.boundary.InboundMessage;
import io.livechat.conversation.boundary.Inbox;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.boundary.TextTooLongException;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import io.livechat.handover.boundary.Queues;
import io.livechat.handover.boundary.WaitingStatus;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What widget visitors do. Visitors have no account: the widget proves who it is with a session
 * token issued here for the bot's public widget key, and only from an origin the bot allows. A
 * session's visitor is a WEB contact of the bot, so every session of one visitor continues the
 * same conversation.
 */
@Stateless
@PermitAll
public class WidgetVisitors {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Contacts contacts;

    @Inject
    private Inbox inbox;

    @Inject
    private Event<VisitorTyping> typing;

    @Inject
    private Clock clock;

    @Inject
    private WidgetLimits limits;

    @Inject
    private FileStore files;

    @Inject
    private Queues queues;

    @Inject
    @ConfigProperty(name = "livechat.widget.session.idle", defaultValue = "P30D")
    private Duration idle;

    /** The bot of a widget key. */
    public long botOfKey(String widgetKey) {
        return em.createQuery("SELECT b FROM Bot b WHERE b.widgetKey = :key", Bot.class)
                .setParameter("key", widgetKey == null ? "" : widgetKey)
                .getResultStream()
                .findFirst()
                .map(Bot::getId)
                .orElseThrow(() -> new NotFoundException("Widget", widgetKey));
    }

    /** Whether a web page of this origin may use the bot's widget. */
    public boolean allows(long botId, String origin) {
        WidgetSettings settings = em.find(WidgetSettings.class, botId);
        return settings != null && settings.allows(origin);
    }

    /**
     * Continues the session of the token if it is one of this bot's (and of the verified user, if
     * one is given), else starts one: for the verified user, or for a new anonymous visitor. New
     * sessions count against the source address's and the bot's limits.
     */
    public VisitorSession start(long botId, String origin, String token, VerifiedUser user, String sourceAddress) {
        WidgetSettings settings = em.find(WidgetSettings.class, botId);
        if (settings == null || !settings.allows(origin)) {
            throw new AccessDeniedException("The widget of bot " + botId + " may not be used on " + origin);
        }
        Optional<Visitor> current = token == null ? Optional.empty() : find(token).filter(v -> v.botId() == botId);
        String visitorId = user == null ? null : verifiedVisitorId(botId, user);
        if (current.isPresent() && (visitorId == null || visitorId.equals(current.get().visitorId()))) {
            return new VisitorSession(token, current.get(), settings.offersDictation());
        }
        limits.newSession(botId, sourceAddress);
        Visitor visitor = new Visitor(botId, visitorId == null ? "v-" + UUID.randomUUID() : visitorId, visitorId != null);
        String issued = Secrets.random();
        em.persist(new WidgetSession(Secrets.sha256(issued), botId, visitor.visitorId(), visitor.verified(),
                clock.instant()));
        contacts.findOrCreate(em.find(Bot.class, botId), visitor.identity());
        return new VisitorSession(issued, visitor, settings.offersDictation());
    }

    /** The visitor a session token belongs to. */
    public Visitor authenticate(String token) {
        return find(token).orElseThrow(() -> new AccessDeniedException("Unknown widget session"));
    }

    /**
     * What a widget that connects has missed (the messages after the one it has) and where the
     * visitor's handover stands, from one look-up of their conversation.
     */
    public CatchUp catchUp(Visitor visitor, long afterId) {
        Optional<Conversation> conversation = conversation(visitor);
        if (conversation.isEmpty()) {
            return new CatchUp(List.of(), null);
        }
        long conversationId = conversation.get().getId();
        List<Message> missed = em.createNamedQuery(Message.FOR_USER_AFTER, Message.class)
                .setParameter("conversationId", conversationId)
                .setParameter("afterId", afterId)
                .getResultList();
        return new CatchUp(files.views(missed), queues.statusOf(conversationId).orElse(null));
    }

    /**
     * Hands in what the visitor wrote (or the choice they picked). The widget's id of the message
     * makes a message resent after a dropped connection count once; empty if it was stored before.
     */
    public Optional<MessageView> send(Visitor visitor, String text, String choiceId, String clientId) {
        TextTooLongException.check(text, Channel.WEB);
        limits.message(visitor.address());
        String externalId = clientId == null || clientId.isBlank() ? null
                : "widget:" + Secrets.sha256(visitor.address() + ":" + clientId);
        return inbox.receive(new InboundMessage(visitor.botId(), visitor.identity(), text, externalId,
                choiceId == null || choiceId.isBlank() ? null : choiceId));
    }

    /**
     * What the host page says about its user; a blank value never erases a known one. Too long a
     * text or too many attributes refuse the whole description, before anything of it is kept.
     */
    public void describe(Visitor visitor, String name, String email, Map<String, String> attributes) {
        requireAtMost("A name", name, Contact.MAX_NAME);
        requireAtMost("An email address", email, Contact.MAX_EMAIL);
        attributes.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new InvalidInputException("An attribute needs a name");
            }
            requireAtMost("An attribute name", key, Contact.MAX_ATTRIBUTE_NAME);
            requireAtMost("The value of attribute " + key, value, Contact.MAX_ATTRIBUTE_VALUE);
        });
        Contact contact = contacts.findOrCreate(em.find(Bot.class, visitor.botId()), visitor.identity());
        Set<String> names = new HashSet<>(contact.getAttributes().keySet());
        names.addAll(attributes.keySet());
        if (names.size() > Contact.MAX_ATTRIBUTES) {
            throw new InvalidInputException("A visitor has at most " + Contact.MAX_ATTRIBUTES + " attributes");
        }
        contact.learnName(name);
        contact.learnEmail(email);
        attributes.forEach(contact::putAttribute);
    }

    private static void requireAtMost(String what, String text, int length) {
        if (text != null && text.length() > length) {
            throw new InvalidInputException(what + " has at most " + length + " characters");
        }
    }

    /** Where the visitor's handover stands (their place in the queue, or their agent); empty without one. */
    public Optional<WaitingStatus> waiting(Visitor visitor) {
        return conversation(visitor).flatMap(conversation -> queues.statusOf(conversation.getId()));
    }

    /**
     * The web visitor of the conversation and where its handover stands now, for their open widgets;
     * empty for a conversation of another channel. Asked after the commit of a handover's change, so
     * in a transaction of its own (see {@code WidgetGateway.deliver}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<VisitorWaiting> waitingIn(long conversationId) {
        return Optional.ofNullable(em.find(Conversation.class, conversationId))
                .filter(conversation -> conversation.getChannel() == Channel.WEB)
                .map(conversation -> new VisitorWaiting(conversation.getBot().getId(),
                        conversation.getContact().getExternalId(), queues.statusOf(conversationId).orElse(null)));
    }

    /** Announces that the visitor is typing, for the agents' consoles. */
    public void typing(Visitor visitor) {
        typing.fire(new VisitorTyping(visitor.botId(), visitor.visitorId(),
                conversation(visitor).map(Conversation::getId).orElse(null)));
    }

    private String verifiedVisitorId(long botId, VerifiedUser user) {
        WidgetSettings settings = em.find(WidgetSettings.class, botId);
        if (user.userId() == null || user.userId().isBlank() || user.userId().length() > 100
                || !Secrets.verifies(settings.getSecret(), user.userId(), user.hash())) {
            throw new AccessDeniedException("The user's identity hash does not verify");
        }
        return "user-" + user.userId();
    }

    /** The visitor of a session that has not been idle for too long; using it counts as being seen. */
    private Optional<Visitor> find(String token) {
        Instant now = clock.instant();
        return em.createNamedQuery(WidgetSession.BY_TOKEN_HASH, WidgetSession.class)
                .setParameter("tokenHash", Secrets.sha256(token))
                .getResultStream()
                .findFirst()
                .filter(session -> !session.idleAt(now, idle))
                .map(session -> {
                    session.seenAt(now);
                    return new Visitor(session.getBotId(), session.getVisitorId(), session.isVerified());
                });
    }

    /** Forgets the sessions that have been idle for too long; every node does it now and then. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    void forgetIdleSessions() {
        em.createNamedQuery(WidgetSession.IDLE_SINCE).setParameter("since", clock.instant().minus(idle)).executeUpdate();
    }

    private Optional<Conversation> conversation(Visitor visitor) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.bot.id = :botId AND c.contact.channel = :channel"
                        + " AND c.contact.externalId = :visitorId ORDER BY c.lastMessageAt DESC, c.id DESC", Conversation.class)
                .setParameter("botId", visitor.botId())
                .setParameter("channel", Channel.WEB)
                .setParameter("visitorId", visitor.visitorId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
