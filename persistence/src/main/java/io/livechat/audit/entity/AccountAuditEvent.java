package io.livechat.audit.entity;

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
 * One thing that happened to an account, written in the transaction that did it. Immutable; the actor
 * is a username or {@code system}; the detail never holds a password.
 */
@Entity
@Table(name = "account_audit_event")
public class AccountAuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AccountAction action;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 1000)
    private String detail;

    protected AccountAuditEvent() {
    }

    public AccountAuditEvent(long accountId, String actor, AccountAction action, Instant occurredAt, String detail) {
        this.accountId = accountId;
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getActor() {
        return actor;
    }

    public AccountAction getAction() {
        return action;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
