package io.livechat.conversation.entity;

import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dialogue of one contact with one bot on one channel. The responder says who answers the
 * user now; it moves BOT → QUEUED on a handover request, QUEUED ⇄ AGENT on assign and unassign,
 * and back to BOT when the handover is resolved.
 */
@Entity
@Table(name = "conversation")
@NamedQuery(name = Conversation.LATEST_OF_CONTACT,
        query = "SELECT c FROM Conversation c WHERE c.contact = :contact ORDER BY c.lastMessageAt DESC, c.id DESC")
// Native: EclipseLink cannot ORDER BY an element collection's value in JPQL.
@NamedNativeQuery(name = Conversation.TAGS_OF_BOT, query = "SELECT DISTINCT t.tag FROM conversation_tag t"
        + " JOIN conversation c ON c.id = t.conversation_id WHERE c.bot_id = ?1 AND t.tag LIKE ?2 ORDER BY t.tag")
public class Conversation {

    public static final String LATEST_OF_CONTACT = "Conversation.latestOfContact";
    /** The tags in use on a bot's conversations that match a LIKE pattern: parameters bot id, pattern. */
    public static final String TAGS_OF_BOT = "Conversation.tagsOfBot";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Responder responder = Responder.BOT;

    @ElementCollection
    @CollectionTable(name = "conversation_tag", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "tag", length = 60)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(Bot bot, Contact contact, Instant startedAt) {
        this.bot = Objects.requireNonNull(bot);
        this.contact = Objects.requireNonNull(contact);
        this.channel = contact.getChannel();
        this.startedAt = Objects.requireNonNull(startedAt);
        this.lastMessageAt = startedAt;
    }

    /** The user asked for a human: the bot stops answering. */
    public void queueForAgent() {
        responder = Responder.QUEUED;
    }

    public void handToAgent() {
        responder = Responder.AGENT;
    }

    public void returnToBot() {
        responder = Responder.BOT;
    }

    public void touch(Instant at) {
        if (at.isAfter(lastMessageAt)) {
            lastMessageAt = at;
        }
    }

    public void tag(String tag) {
        tags.add(tag);
    }

    public void untag(String tag) {
        tags.remove(tag);
    }

    public Long getId() {
        return id;
    }

    public Bot getBot() {
        return bot;
    }

    public Contact getContact() {
        return contact;
    }

    public Channel getChannel() {
        return channel;
    }

    public Responder getResponder() {
        return responder;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Conversation c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Conversation.class.hashCode();
    }
}
