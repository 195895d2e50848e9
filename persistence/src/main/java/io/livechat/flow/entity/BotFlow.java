package io.livechat.flow.entity;

import io.livechat.bot.entity.Bot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One imported version of a bot's workflow, as the JSON document the admin sent. Versions are never
 * changed or deleted: a new import adds the next version, and the highest version runs.
 */
@Entity
@Table(name = "bot_flow")
@NamedQuery(name = BotFlow.LATEST_OF_BOT,
        query = "SELECT f FROM BotFlow f WHERE f.bot.id = :botId ORDER BY f.version DESC")
@NamedQuery(name = BotFlow.LATEST_VERSION_OF_BOT,
        query = "SELECT MAX(f.version) FROM BotFlow f WHERE f.bot.id = :botId")
public class BotFlow {

    public static final String LATEST_OF_BOT = "BotFlow.latestOfBot";
    public static final String LATEST_VERSION_OF_BOT = "BotFlow.latestVersionOfBot";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected BotFlow() {
    }

    public BotFlow(Bot bot, int version, String document, Instant createdAt, String createdBy) {
        if (version < 1) {
            throw new IllegalArgumentException("A stored flow version starts at 1, not " + version);
        }
        this.bot = Objects.requireNonNull(bot);
        this.version = version;
        this.document = Objects.requireNonNull(document);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public Long getId() {
        return id;
    }

    public Bot getBot() {
        return bot;
    }

    public int getVersion() {
        return version;
    }

    public String getDocument() {
        return document;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BotFlow f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return BotFlow.class.hashCode();
    }
}
