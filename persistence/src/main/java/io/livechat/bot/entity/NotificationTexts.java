package io.livechat.bot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** What a bot tells the user at the moments of a handover; each text has a default that works. */
@Embeddable
public class NotificationTexts {

    public static final int MAX_LENGTH = 500;
    public static final String DEFAULT_TRANSFERRED = "You are being transferred to Agent";
    public static final String DEFAULT_RESOLVED = "Resolved";
    public static final String DEFAULT_AGENTS_AWAY = "All our agents are away right now. We will answer as soon as one is back.";

    @Column(name = "transferred_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String transferred;

    @Column(name = "resolved_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String resolved;

    @Column(name = "agents_away_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String agentsAway;

    protected NotificationTexts() {
    }

    public NotificationTexts(String transferred, String resolved, String agentsAway) {
        this.transferred = Objects.requireNonNull(transferred);
        this.resolved = Objects.requireNonNull(resolved);
        this.agentsAway = Objects.requireNonNull(agentsAway);
    }

    public static NotificationTexts defaults() {
        return new NotificationTexts(DEFAULT_TRANSFERRED, DEFAULT_RESOLVED, DEFAULT_AGENTS_AWAY);
    }

    public String transferred() {
        return transferred;
    }

    public String resolved() {
        return resolved;
    }

    public String agentsAway() {
        return agentsAway;
    }
}
