package io.livechat.conversation.entity;

import io.livechat.agent.entity.UserAccount;
import io.livechat.shared.entity.FetchHints;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a transcript. The external id is the channel's own id of the message (a WhatsApp
 * {@code wamid}); it is unique per channel so that a redelivered message is stored once.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = Message.OF_CONVERSATION,
        query = "SELECT m FROM Message m LEFT JOIN FETCH m.author"
                + " WHERE m.conversation.id = :conversationId ORDER BY m.id")
@NamedQuery(name = Message.OF_CONVERSATION_AFTER,
        query = "SELECT m FROM Message m LEFT JOIN FETCH m.author"
                + " WHERE m.conversation.id = :conversationId AND m.id > :afterId ORDER BY m.id")
@NamedQuery(name = Message.FOR_USER_AFTER,
        query = "SELECT m FROM Message m LEFT JOIN FETCH m.author WHERE m.conversation.id = :conversationId"
                + " AND m.id > :afterId AND m.sender <> io.livechat.conversation.entity.Sender.NOTE ORDER BY m.id")
@NamedQuery(name = Message.BY_EXTERNAL_ID,
        query = "SELECT m FROM Message m WHERE m.channel = :channel AND m.externalId = :externalId")
@NamedQuery(name = Message.TO_SEND, query = "SELECT m FROM Message m WHERE m.id = :id", hints = {
        @QueryHint(name = FetchHints.JOIN_FETCH, value = "m.conversation"),
        @QueryHint(name = FetchHints.JOIN_FETCH, value = "m.conversation.contact"),
        @QueryHint(name = FetchHints.JOIN_FETCH, value = "m.conversation.bot")})
@NamedQuery(name = Message.ROUTE,
        query = "SELECT c.id, c.bot.id FROM Message m JOIN m.conversation c WHERE m.id = :id")
public class Message {

    public static final String OF_CONVERSATION = "Message.ofConversation";
    public static final String OF_CONVERSATION_AFTER = "Message.ofConversationAfter";
    /**
     * What the user may read of the transcript after a message, oldest first: everything but private
     * notes. Every reading for the user (the widget's catch-up) goes through this query.
     */
    public static final String FOR_USER_AFTER = "Message.forUserAfter";
    public static final String BY_EXTERNAL_ID = "Message.byExternalId";
    /** A message with what sending it needs (its conversation's contact and bot), in one query. */
    public static final String TO_SEND = "Message.toSend";
    /** The ids of a message's conversation and bot, without reading either. */
    public static final String ROUTE = "Message.route";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Sender sender;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "external_id", length = 191)
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false, length = 16)
    private DeliveryStatus deliveryStatus;

    @Column(name = "failure_reason", length = 500)
    private String failureReason;

    @Convert(converter = ChoicesConverter.class)
    @Column(columnDefinition = "TEXT")
    private List<Choice> choices = List.of();

    @Column(name = "choice_id", length = 200)
    private String choiceId;

    @Version
    private long version;

    protected Message() {
    }

    private Message(Conversation conversation, Sender sender, UserAccount author, String text, Instant createdAt,
                    DeliveryStatus deliveryStatus) {
        this.conversation = Objects.requireNonNull(conversation);
        this.channel = conversation.getChannel();
        this.sender = Objects.requireNonNull(sender);
        this.author = author;
        this.text = Objects.requireNonNull(text);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.deliveryStatus = deliveryStatus;
        conversation.touch(createdAt);
    }

    /** What the user wrote; it arrived, so there is nothing left to deliver. */
    public static Message fromUser(Conversation conversation, String text, String externalId, Instant at) {
        Message message = new Message(conversation, Sender.USER, null, text, at, DeliveryStatus.RECEIVED);
        message.externalId = externalId;
        return message;
    }

    /** The user picked one of the bot's choices; the text is the choice's title as the user saw it. */
    public static Message fromUserChoice(Conversation conversation, Choice choice, String externalId, Instant at) {
        Message message = fromUser(conversation, choice.title(), externalId, at);
        message.choiceId = choice.id();
        return message;
    }

    /** A line of the bot's workflow, with the choices it offers, to be delivered through the channel. */
    public static Message fromBot(Conversation conversation, String text, List<Choice> choices, Instant at) {
        Message message = new Message(conversation, Sender.BOT, null, text, at, DeliveryStatus.PENDING);
        message.choices = List.copyOf(choices);
        return message;
    }

    /** A line of the bot's that is already in the user's hands (part of a transcript handed over). */
    public static Message fromBotDelivered(Conversation conversation, String text, Instant at) {
        return new Message(conversation, Sender.BOT, null, text, at, DeliveryStatus.SENT);
    }

    /** An agent's reply, to be delivered to the user through the conversation's channel. */
    public static Message fromAgent(Conversation conversation, UserAccount agent, String text, Instant at) {
        return new Message(conversation, Sender.AGENT, Objects.requireNonNull(agent), text, at, DeliveryStatus.PENDING);
    }

    /** A notice of Live Chat's own to the user, to be delivered through the conversation's channel. */
    public static Message notice(Conversation conversation, String text, Instant at) {
        return new Message(conversation, Sender.SYSTEM, null, text, at, DeliveryStatus.PENDING);
    }

    /**
     * A private note of one of the bot's people: there is nothing to deliver (it goes to no channel),
     * and it does not count as the conversation's latest message.
     */
    public static Message privateNote(Conversation conversation, UserAccount author, String text, Instant at) {
        Message note = new Message();
        note.conversation = Objects.requireNonNull(conversation);
        note.channel = conversation.getChannel();
        note.sender = Sender.NOTE;
        note.author = Objects.requireNonNull(author);
        note.text = Objects.requireNonNull(text);
        note.createdAt = Objects.requireNonNull(at);
        note.deliveryStatus = DeliveryStatus.RECEIVED;
        return note;
    }

    /** Whether the user may read it: every message but a private note. */
    public boolean isForUser() {
        return sender != Sender.NOTE;
    }

    public void markDelivery(DeliveryStatus status) {
        this.deliveryStatus = Objects.requireNonNull(status);
        if (status != DeliveryStatus.FAILED) {
            this.failureReason = null;
        }
    }

    /** The channel took the message and named it (a WhatsApp {@code wamid}): its statuses refer to that id. */
    public void markSent(String channelMessageId) {
        this.externalId = channelMessageId;
        this.deliveryStatus = DeliveryStatus.SENT;
        this.failureReason = null;
    }

    /** Still on its way (PENDING): the last attempt did not get through, and the reason says what happens next. */
    public void markRetrying(String reason) {
        if (deliveryStatus == DeliveryStatus.PENDING) {
            this.failureReason = Objects.requireNonNull(reason);
        }
    }

    public void markFailed(String reason) {
        this.deliveryStatus = DeliveryStatus.FAILED;
        this.failureReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Channel getChannel() {
        return channel;
    }

    public Sender getSender() {
        return sender;
    }

    public Optional<UserAccount> getAuthor() {
        return Optional.ofNullable(author);
    }

    public String getText() {
        return text;
    }

    public Optional<String> getExternalId() {
        return Optional.ofNullable(externalId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public DeliveryStatus getDeliveryStatus() {
        return deliveryStatus;
    }

    public Optional<String> getFailureReason() {
        return Optional.ofNullable(failureReason);
    }

    /** The choices a bot message offers; empty for any other message. */
    public List<Choice> getChoices() {
        return choices == null ? List.of() : choices;
    }

    /** The id of the bot's choice a user message picked, if it picked one. */
    public Optional<String> getChoiceId() {
        return Optional.ofNullable(choiceId);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Message m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Message.class.hashCode();
    }
}
