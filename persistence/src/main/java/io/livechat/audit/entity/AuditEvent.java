package io.livechat.audit.entity;

import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One transition of a handover, written in the transaction that made it, so the trail never
 * disagrees with the handover. Immutable; the actor is a username or {@code bot:<id>}.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.OF_HANDOVER,
        query = "SELECT e FROM AuditEvent e WHERE e.handoverId = :handoverId ORDER BY e.occurredAt, e.id")
public class AuditEvent {

    public static final String OF_HANDOVER = "AuditEvent.ofHandover";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "handover_id", nullable = false)
    private long handoverId;

    @Column(name = "bot_id", nullable = false)
    private long botId;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HandoverAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16)
    private HandoverState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private HandoverState toState;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 1000)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(long handoverId, long botId, String actor, HandoverAction action, HandoverState fromState,
                      HandoverState toState, Instant occurredAt, String detail) {
        this.handoverId = handoverId;
        this.botId = botId;
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public long getHandoverId() {
        return handoverId;
    }

    public long getBotId() {
        return botId;
    }

    public String getActor() {
        return actor;
    }

    public HandoverAction getAction() {
        return action;
    }

    public HandoverState getFromState() {
        return fromState;
    }

    public HandoverState getToState() {
        return toState;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
