package io.livechat.canned.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ready-made reply of a bot: a shortcut (letters, digits, '-' and '_', at most {@link #MAX_SHORTCUT})
 * that is unique in the bot ignoring case, and a text that may name the user ({@code {name}}) and the
 * agent ({@code {agent}}), filled in when an agent inserts it.
 */
@Entity
@Table(name = "canned_response")
@NamedQuery(name = CannedResponse.OF_BOT,
        query = "SELECT c FROM CannedResponse c WHERE c.bot.id = :botId ORDER BY c.shortcut, c.id")
@NamedQuery(name = CannedResponse.BY_SHORTCUT,
        query = "SELECT c FROM CannedResponse c WHERE c.bot.id = :botId AND c.shortcut = :shortcut")
public class CannedResponse {

    /** A bot's canned responses, by shortcut. */
    public static final String OF_BOT = "CannedResponse.ofBot";
    /** The bot's canned response of a shortcut (compared ignoring case, as the unique key does). */
    public static final String BY_SHORTCUT = "CannedResponse.byShortcut";
    /** The database's unique key on (bot, shortcut). */
    public static final String SHORTCUT_KEY = "uk_canned_response_shortcut";
    public static final int MAX_SHORTCUT = 32;
    /** What a shortcut may be made of. */
    public static final Pattern SHORTCUT = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_SHORTCUT + "}");
    /** What a refused shortcut is told. */
    public static final String SHORTCUT_RULE = "A shortcut has 1 to " + MAX_SHORTCUT
            + " letters, digits, '-' or '_' (no spaces, no '/')";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Column(nullable = false, length = MAX_SHORTCUT)
    private String shortcut;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(Bot bot, String shortcut, String text, Instant at) {
        this.bot = Objects.requireNonNull(bot);
        rewrite(shortcut, text, at);
    }

    /** A new shortcut and text; the caller checked both. */
    public final void rewrite(String shortcut, String text, Instant at) {
        if (!isShortcut(shortcut)) {
            throw new IllegalArgumentException(SHORTCUT_RULE);
        }
        this.shortcut = shortcut;
        this.text = Objects.requireNonNull(text);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public static boolean isShortcut(String shortcut) {
        return shortcut != null && SHORTCUT.matcher(shortcut).matches();
    }

    public Long getId() {
        return id;
    }

    public Bot getBot() {
        return bot;
    }

    public String getShortcut() {
        return shortcut;
    }

    public String getText() {
        return text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CannedResponse c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return CannedResponse.class.hashCode();
    }
}
