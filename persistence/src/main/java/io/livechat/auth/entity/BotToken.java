package io.livechat.auth.entity;

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
 * A long-lived credential with which an external bot engine acts for one bot. Only the SHA-256 of
 * the token is stored, so a leaked database does not leak working tokens.
 */
@Entity
@Table(name = "bot_token")
@NamedQuery(name = BotToken.BY_HASH,
        query = "SELECT t FROM BotToken t JOIN FETCH t.bot WHERE t.tokenHash = :hash AND t.revokedAt IS NULL")
public class BotToken {

    public static final String BY_HASH = "BotToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(length = 120)
    private String label;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected BotToken() {
    }

    public BotToken(Bot bot, String tokenHash, String label, String createdBy, Instant createdAt) {
        this.bot = Objects.requireNonNull(bot);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.label = label;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Bot getBot() {
        return bot;
    }

    public String getLabel() {
        return label;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
