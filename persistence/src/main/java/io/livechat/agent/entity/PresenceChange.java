package io.livechat.agent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's presence changed (online or offline, for all their bots, as presence is). Written in the
 * transaction of the change; append-only. The handover report sums time online from these rows.
 */
@Entity
@Table(name = "presence_change")
public class PresenceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Presence presence;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PresenceChange() {
    }

    public PresenceChange(long accountId, Presence presence, Instant changedAt) {
        this.accountId = accountId;
        this.presence = Objects.requireNonNull(presence);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Presence getPresence() {
        return presence;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
