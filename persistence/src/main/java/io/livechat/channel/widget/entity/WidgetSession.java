package io.livechat.channel.widget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A widget visitor's session: the widget proves it is this visitor of this bot with the token whose
 * SHA-256 is kept here. The visitor id is the contact's external id on the WEB channel; a verified
 * session's visitor id comes from the host site's signed user id.
 */
@Entity
@Table(name = "widget_session")
@NamedQuery(name = WidgetSession.BY_TOKEN_HASH,
        query = "SELECT s FROM WidgetSession s WHERE s.tokenHash = :tokenHash")
@NamedQuery(name = WidgetSession.IDLE_SINCE,
        query = "DELETE FROM WidgetSession s WHERE s.lastSeenAt < :since")
public class WidgetSession {

    public static final String BY_TOKEN_HASH = "WidgetSession.byTokenHash";
    /** Deletes the sessions not seen since {@code :since}. */
    public static final String IDLE_SINCE = "WidgetSession.idleSince";

    /** How often at most the last use is written down: reading a session should stay a read. */
    private static final Duration SEEN_GRANULARITY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "bot_id", nullable = false)
    private long botId;

    @Column(name = "visitor_id", nullable = false, length = 128)
    private String visitorId;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected WidgetSession() {
    }

    public WidgetSession(String tokenHash, long botId, String visitorId, boolean verified, Instant createdAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.botId = botId;
        this.visitorId = Objects.requireNonNull(visitorId);
        this.verified = verified;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.lastSeenAt = createdAt;
    }

    /** Whether the session went unused for longer than the idle time and so has ended. */
    public boolean idleAt(Instant now, Duration idle) {
        return lastSeenAt.plus(idle).isBefore(now);
    }

    /** The visitor used the session now; written down when the last note is an hour old or more. */
    public void seenAt(Instant now) {
        if (!lastSeenAt.plus(SEEN_GRANULARITY).isAfter(now)) {
            lastSeenAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getBotId() {
        return botId;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WidgetSession s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return WidgetSession.class.hashCode();
    }
}
