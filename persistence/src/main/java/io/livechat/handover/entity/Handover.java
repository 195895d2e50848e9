package io.livechat.handover.entity;

import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation handed over from a bot's workflow step to the bot's agents. Invariants: at most one
 * open handover per conversation (a unique index backs it); an ASSIGNED handover has an assignee; a
 * RESOLVED one is final. Each transition also moves the conversation's responder, and keeps the facts
 * the handover report aggregates: the first assignment, the first agent response, the returns to the
 * queue, and one {@link HandoverHold} per agent who held it. The generated columns
 * {@code wait_seconds}, {@code first_response_seconds} and {@code handling_seconds} are the database's.
 */
@Entity
@Table(name = "handover")
@NamedQuery(name = Handover.OPEN_OF_CONVERSATION,
        query = "SELECT h FROM Handover h WHERE h.conversation.id = :conversationId AND h.state <> io.livechat.handover.entity.HandoverState.RESOLVED")
@NamedQuery(name = Handover.COUNT_OF_BOT_IN_STATE,
        query = "SELECT h.bot.id, COUNT(h) FROM Handover h WHERE h.bot.id IN :botIds AND h.state = :state GROUP BY h.bot.id")
@NamedQuery(name = Handover.COUNT_ASSIGNED_TO,
        query = "SELECT COUNT(h) FROM Handover h WHERE h.assignee.id = :accountId AND h.state = io.livechat.handover.entity.HandoverState.ASSIGNED")
public class Handover {

    public static final String OPEN_OF_CONVERSATION = "Handover.openOfConversation";
    public static final String COUNT_OF_BOT_IN_STATE = "Handover.countOfBotInState";
    public static final String COUNT_ASSIGNED_TO = "Handover.countAssignedTo";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HandoverState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(length = 120)
    private String step;

    @Column(length = 500)
    private String reason;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "first_assigned_at")
    private Instant firstAssignedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @OneToMany(mappedBy = "handover", cascade = CascadeType.PERSIST)
    @OrderBy("fromAt")
    private List<HandoverHold> holds = new ArrayList<>();

    @Version
    private long version;

    protected Handover() {
    }

    /** Requests a handover of the conversation from the given workflow step: the bot falls silent. */
    public Handover(Conversation conversation, String step, String reason, Instant requestedAt) {
        this.conversation = Objects.requireNonNull(conversation);
        this.bot = conversation.getBot();
        this.channel = conversation.getChannel();
        this.step = step;
        this.reason = reason;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.state = HandoverState.PENDING;
        conversation.queueForAgent();
    }

    public void assignTo(UserAccount agent, Instant at) {
        require(HandoverState.PENDING);
        this.assignee = Objects.requireNonNull(agent);
        this.assignedAt = Objects.requireNonNull(at);
        if (firstAssignedAt == null) {
            this.firstAssignedAt = at;
        }
        this.state = HandoverState.ASSIGNED;
        holds.add(new HandoverHold(this, agent, at));
        conversation.handToAgent();
    }

    /** Moves the assigned handover to another agent (a transfer or a reassignment); it is theirs from now on. */
    public void handOnTo(UserAccount agent, Instant at) {
        require(HandoverState.ASSIGNED);
        if (agent.equals(assignee)) {
            throw new IllegalStateException("Handover " + id + " is assigned to " + agent.getUsername() + " already");
        }
        this.assignee = agent;
        this.assignedAt = Objects.requireNonNull(at);
        endHold(at, HoldEnd.HANDED_ON);
        holds.add(new HandoverHold(this, agent, at));
    }

    /** Gives the handover back to the list for any member to take; it counts as returned to the queue. */
    public void unassign(Instant at) {
        require(HandoverState.ASSIGNED);
        endHold(Objects.requireNonNull(at), HoldEnd.RETURNED);
        this.returnCount++;
        this.assignee = null;
        this.assignedAt = null;
        this.state = HandoverState.PENDING;
        conversation.queueForAgent();
    }

    /** Closes the handover for good; the assignee is kept for the record and the bot answers again. */
    public void resolve(Instant at) {
        require(HandoverState.ASSIGNED);
        this.resolvedAt = Objects.requireNonNull(at);
        this.state = HandoverState.RESOLVED;
        endHold(at, HoldEnd.RESOLVED);
        conversation.returnToBot();
    }

    /**
     * Its assignee wrote to the user: the handover's first response if it had none, and the first of
     * the agent's current hold.
     */
    public void answeredBy(UserAccount agent, Instant at) {
        if (!isAssignedTo(agent)) {
            throw new IllegalStateException("Handover " + id + " is not assigned to " + agent.getUsername());
        }
        if (firstResponseAt == null) {
            this.firstResponseAt = Objects.requireNonNull(at);
        }
        openHold().ifPresent(hold -> hold.responded(at));
    }

    /**
     * The current hold ends. A handover assigned before holds were recorded may have none whose agent the
     * audit trail told (see V40): then there is nothing to end.
     */
    private void endHold(Instant at, HoldEnd how) {
        openHold().ifPresent(hold -> hold.end(at, how));
    }

    private Optional<HandoverHold> openHold() {
        return holds.stream().filter(HandoverHold::isOpen).reduce((first, second) -> second);
    }

    public boolean isAssignedTo(UserAccount account) {
        return state == HandoverState.ASSIGNED && assignee != null && assignee.equals(account);
    }

    private void require(HandoverState expected) {
        if (state != expected) {
            throw new IllegalStateException("Handover " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Bot getBot() {
        return bot;
    }

    public HandoverState getState() {
        return state;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getStep() {
        return step;
    }

    public String getReason() {
        return reason;
    }

    public Optional<UserAccount> getAssignee() {
        return Optional.ofNullable(assignee);
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<Instant> getAssignedAt() {
        return Optional.ofNullable(assignedAt);
    }

    public Optional<Instant> getResolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /** When it was first assigned, whatever happened after; empty while it never was. */
    public Optional<Instant> getFirstAssignedAt() {
        return Optional.ofNullable(firstAssignedAt);
    }

    /** When an agent first wrote to the user in it. */
    public Optional<Instant> getFirstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    /** How often it was given back to the queue. */
    public int getReturnCount() {
        return returnCount;
    }

    /** The agents who held it, in order; the last one is open while it is assigned. */
    public List<HandoverHold> getHolds() {
        return Collections.unmodifiableList(holds);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Handover h && id != null && id.equals(h.id);
    }

    @Override
    public int hashCode() {
        return Handover.class.hashCode();
    }
}
