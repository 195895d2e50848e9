package io.livechat.handover.entity;

import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent's spell of holding a handover, from being given it (assigned, transferred or reassigned to
 * them) until it left them. Part of the {@link Handover} aggregate, which opens and ends its holds in its
 * own transitions; a fact for the handover report, not changed once ended. The handover's bot and
 * request time are copied here (they never change) so the report reads holds by bot and period alone;
 * the generated columns {@code response_seconds} and {@code held_seconds} are the database's.
 */
@Entity
@Table(name = "handover_hold")
public class HandoverHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "handover_id")
    private Handover handover;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private UserAccount agent;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "from_at", nullable = false)
    private Instant fromAt;

    @Column(name = "to_at")
    private Instant toAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 16)
    private HoldEnd endedBy;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    protected HandoverHold() {
    }

    HandoverHold(Handover handover, UserAccount agent, Instant from) {
        this.handover = Objects.requireNonNull(handover);
        this.agent = Objects.requireNonNull(agent);
        this.bot = handover.getBot();
        this.requestedAt = handover.getRequestedAt();
        this.fromAt = Objects.requireNonNull(from);
    }

    void end(Instant at, HoldEnd how) {
        if (toAt != null) {
            throw new IllegalStateException("Hold " + id + " has ended already");
        }
        this.toAt = Objects.requireNonNull(at);
        this.endedBy = Objects.requireNonNull(how);
    }

    /** The agent wrote to the user: the first time counts. */
    void responded(Instant at) {
        if (firstResponseAt == null) {
            this.firstResponseAt = Objects.requireNonNull(at);
        }
    }

    public boolean isOpen() {
        return toAt == null;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAgent() {
        return agent;
    }

    public Instant getFromAt() {
        return fromAt;
    }

    public Optional<Instant> getToAt() {
        return Optional.ofNullable(toAt);
    }

    public Optional<HoldEnd> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }

    public Optional<Instant> getFirstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }
}
