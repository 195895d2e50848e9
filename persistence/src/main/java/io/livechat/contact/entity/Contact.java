package io.livechat.contact.entity;

import io.livechat.bot.entity.Bot;
import io.livechat.conversation.entity.Channel;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An end user of one bot, identified by the channel and the channel's id of them: the WhatsApp
 * {@code wa_id} or the widget's visitor id. Attributes are what the bot collected (free keys).
 */
@Entity
@Table(name = "contact")
@NamedQuery(name = Contact.BY_IDENTITY,
        query = "SELECT c FROM Contact c WHERE c.bot.id = :botId AND c.channel = :channel AND c.externalId = :externalId")
public class Contact {

    public static final String BY_IDENTITY = "Contact.byIdentity";
    /** The database's unique key on (bot, channel, external id): one contact per identity and bot. */
    public static final String IDENTITY_KEY = "uk_contact_identity";
    /** The longest name, email, attribute name and attribute value kept (the columns' sizes). */
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_ATTRIBUTE_NAME = 100;
    public static final int MAX_ATTRIBUTE_VALUE = 1000;
    /** How many attributes a contact keeps at most: every agent's page shows them all. */
    public static final int MAX_ATTRIBUTES = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "external_id", nullable = false, length = 128)
    private String externalId;

    @Column(length = MAX_NAME)
    private String name;

    @Column(length = 32)
    private String phone;

    @Column(length = MAX_EMAIL)
    private String email;

    @Column(length = 35)
    private String locale;

    @ElementCollection
    @CollectionTable(name = "contact_attribute", joinColumns = @JoinColumn(name = "contact_id"))
    @MapKeyColumn(name = "name", length = MAX_ATTRIBUTE_NAME)
    @Column(name = "value", length = MAX_ATTRIBUTE_VALUE)
    private Map<String, String> attributes = new TreeMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(Bot bot, Channel channel, String externalId, Instant createdAt) {
        this.bot = Objects.requireNonNull(bot);
        this.channel = Objects.requireNonNull(channel);
        this.externalId = Objects.requireNonNull(externalId);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Takes what a channel or the bot learnt; a blank value never erases a known one. */
    public void learnName(String name) {
        if (name != null && !name.isBlank()) {
            this.name = name.strip();
        }
    }

    public void learnPhone(String phone) {
        if (phone != null && !phone.isBlank()) {
            this.phone = phone.strip();
        }
    }

    public void learnEmail(String email) {
        if (email != null && !email.isBlank()) {
            this.email = email.strip();
        }
    }

    public void learnLocale(String locale) {
        if (locale != null && !locale.isBlank()) {
            this.locale = locale.strip();
        }
    }

    public void putAttribute(String key, String value) {
        attributes.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
    }

    public Long getId() {
        return id;
    }

    public Bot getBot() {
        return bot;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getExternalId() {
        return externalId;
    }

    /** The user's real name, once the channel, the bot or the host page told it; null before. */
    public String getName() {
        return name;
    }

    /**
     * What people call the user: their real name once known, until then "Visitor 4821", a number
     * made from the contact's id (so the same on every page and after every reload). The first 9000
     * contacts get 9000 different numbers; then they repeat.
     */
    public String getDisplayName() {
        return name != null ? name : placeholderName(id);
    }

    /** The name of a user whose real name is not known: 1000 to 9999, spread so that neighbours differ. */
    public static String placeholderName(long contactId) {
        return "Visitor " + (1000 + Math.floorMod(contactId * 7919L, 9000L));
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public Map<String, String> getAttributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Contact c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Contact.class.hashCode();
    }
}
