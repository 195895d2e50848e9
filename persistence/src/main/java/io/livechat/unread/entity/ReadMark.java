package io.livechat.unread.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * How far one person has read one conversation: the id of the last message they saw in it and the
 * handover that was open then. A mark only moves forward: it is written by {@link #ADVANCE}, one
 * statement that keeps the larger message id, so two tabs (or nodes) marking at once never take it back.
 */
@Entity
@Table(name = "conversation_read")
@NamedNativeQuery(name = ReadMark.ADVANCE, query = "INSERT INTO conversation_read"
        + " (user_id, conversation_id, last_message_id, handover_id, read_at) VALUES (?1, ?2, ?3, ?4, ?5)"
        + " ON DUPLICATE KEY UPDATE last_message_id = GREATEST(last_message_id, VALUES(last_message_id)),"
        + " handover_id = VALUES(handover_id), read_at = VALUES(read_at)")
public class ReadMark {

    /** Parameters: user id, conversation id, message id, handover id (or null), time. */
    public static final String ADVANCE = "ReadMark.advance";

    @EmbeddedId
    private Key key;

    @Column(name = "last_message_id", nullable = false)
    private long lastMessageId;

    @Column(name = "handover_id")
    private Long handoverId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ReadMark() {
    }

    public long getLastMessageId() {
        return lastMessageId;
    }

    /** The handover that was open when the person last read the conversation, if one was. */
    public Optional<Long> getHandoverId() {
        return Optional.ofNullable(handoverId);
    }

    public Instant getReadAt() {
        return readAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ReadMark mark && key.equals(mark.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** A person's mark of a conversation is one row. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "user_id")
        private long userId;

        @Column(name = "conversation_id")
        private long conversationId;

        protected Key() {
        }

        public Key(long userId, long conversationId) {
            this.userId = userId;
            this.conversationId = conversationId;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key key && userId == key.userId && conversationId == key.conversationId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(userId) * 31 + Long.hashCode(conversationId);
        }
    }
}
