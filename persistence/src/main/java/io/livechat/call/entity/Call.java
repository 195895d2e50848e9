package io.livechat.call.entity;

import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.bot.entity.CallProviderType;
import io.livechat.conversation.entity.Conversation;
import io.livechat.handover.entity.Handover;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of an agent to the visitor of a conversation assigned to them. It starts RINGING and
 * ends once: declined, missed or cancelled while it rings, or ENDED after it was accepted. At most
 * one call per conversation is open (ringing or active); a unique index backs it.
 */
@Entity
@Table(name = "agent_call")
@NamedQuery(name = Call.OPEN_OF_CONVERSATION, query = "SELECT c FROM Call c WHERE c.conversation.id = :conversationId"
        + " AND c.state IN (io.livechat.call.entity.CallState.RINGING, io.livechat.call.entity.CallState.ACTIVE)")
@NamedQuery(name = Call.OPEN_OF_AGENT, query = "SELECT c FROM Call c WHERE c.agent = :agent"
        + " AND c.state IN (io.livechat.call.entity.CallState.RINGING, io.livechat.call.entity.CallState.ACTIVE)")
@NamedQuery(name = Call.OPEN_OF_VISITOR, query = "SELECT c FROM Call c WHERE c.bot.id = :botId"
        + " AND c.conversation.channel = io.livechat.conversation.entity.Channel.WEB"
        + " AND c.conversation.contact.externalId = :visitorId"
        + " AND c.state IN (io.livechat.call.entity.CallState.RINGING, io.livechat.call.entity.CallState.ACTIVE)")
public class Call {

    public static final String OPEN_OF_CONVERSATION = "Call.openOfConversation";
    public static final String OPEN_OF_AGENT = "Call.openOfAgent";
    /** The open calls of a bot's web visitor: parameters botId, visitorId. */
    public static final String OPEN_OF_VISITOR = "Call.openOfVisitor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "handover_id")
    private Handover handover;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private UserAccount agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CallKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallProviderType provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallState state;

    @Column(name = "visitor_video", nullable = false)
    private boolean visitorVideo;

    @Column(name = "room_id", length = 120)
    private String roomId;

    @Column(name = "rang_at", nullable = false)
    private Instant rangAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 120)
    private String endedBy;

    @Version
    private long version;

    protected Call() {
    }

    /** The agent rings the visitor of the conversation, in the handover assigned to the agent. */
    public Call(Handover handover, UserAccount agent, CallKind kind, CallProviderType provider, Instant at) {
        this.handover = Objects.requireNonNull(handover);
        this.conversation = handover.getConversation();
        this.bot = handover.getBot();
        this.agent = Objects.requireNonNull(agent);
        this.kind = Objects.requireNonNull(kind);
        this.provider = Objects.requireNonNull(provider);
        this.rangAt = Objects.requireNonNull(at);
        this.state = CallState.RINGING;
    }

    /** The provider's room for the call, when the provider has rooms. */
    public void placeIn(String roomId) {
        this.roomId = roomId;
    }

    /** The visitor answers, with their camera or with their voice only. */
    public void accept(boolean withVideo, Instant at) {
        require(CallState.RINGING);
        this.visitorVideo = withVideo && kind == CallKind.VIDEO;
        this.answeredAt = Objects.requireNonNull(at);
        this.state = CallState.ACTIVE;
    }

    public void decline(Instant at) {
        finishRinging(CallState.DECLINED, "visitor", at);
    }

    /** Nobody answered in time. */
    public void miss(Instant at) {
        finishRinging(CallState.MISSED, null, at);
    }

    /** The agent gave up while it rang. */
    public void cancel(String by, Instant at) {
        finishRinging(CallState.CANCELLED, by, at);
    }

    /** One side hung up an ongoing call. */
    public void hangUp(String by, Instant at) {
        require(CallState.ACTIVE);
        end(CallState.ENDED, by, at);
    }

    private void finishRinging(CallState outcome, String by, Instant at) {
        require(CallState.RINGING);
        end(outcome, by, at);
    }

    private void end(CallState outcome, String by, Instant at) {
        this.state = outcome;
        this.endedBy = by;
        this.endedAt = Objects.requireNonNull(at);
    }

    /** How long the two talked: from the answer to the end; nothing for a call never answered. */
    public Optional<Duration> talkTime() {
        return answeredAt == null || endedAt == null ? Optional.empty()
                : Optional.of(Duration.between(answeredAt, endedAt));
    }

    private void require(CallState expected) {
        if (state != expected) {
            throw new IllegalStateException("Call " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Handover getHandover() {
        return handover;
    }

    public Bot getBot() {
        return bot;
    }

    public UserAccount getAgent() {
        return agent;
    }

    public CallKind getKind() {
        return kind;
    }

    public CallProviderType getProvider() {
        return provider;
    }

    public CallState getState() {
        return state;
    }

    /** Whether the visitor sends pictures: they accepted a video call with their camera. */
    public boolean isVisitorVideo() {
        return visitorVideo;
    }

    public Optional<String> getRoomId() {
        return Optional.ofNullable(roomId);
    }

    public Instant getRangAt() {
        return rangAt;
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Call call && id != null && id.equals(call.id);
    }

    @Override
    public int hashCode() {
        return Call.class.hashCode();
    }
}
