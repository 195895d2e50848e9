package io.livechat.channel.whatsapp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message to send through the Graph API, written before the first attempt so that a crash or a
 * restart resends it. Done once sent or failed for good; until then it is due again at
 * {@code nextAttemptAt}. Claiming an entry pushes that time out, so two senders never send it twice.
 */
@Entity
@Table(name = "whatsapp_outbox")
@NamedQuery(name = OutboxEntry.DUE,
        query = "SELECT o.messageId FROM OutboxEntry o WHERE o.doneAt IS NULL AND o.nextAttemptAt <= :now ORDER BY o.nextAttemptAt")
@NamedQuery(name = OutboxEntry.CLAIM,
        query = "UPDATE OutboxEntry o SET o.attempts = o.attempts + 1, o.nextAttemptAt = :lease "
                + "WHERE o.messageId = :messageId AND o.doneAt IS NULL AND o.nextAttemptAt <= :now")
public class OutboxEntry {

    public static final String DUE = "OutboxEntry.due";
    public static final String CLAIM = "OutboxEntry.claim";

    @Id
    @Column(name = "message_id")
    private Long messageId;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxEntry() {
    }

    public OutboxEntry(long messageId, Instant dueAt) {
        this.messageId = messageId;
        this.nextAttemptAt = Objects.requireNonNull(dueAt);
    }

    public void done(Instant at) {
        doneAt = at;
    }

    public void retryAt(Instant at, String error) {
        nextAttemptAt = at;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    }

    public void giveUp(Instant at, String error) {
        retryAt(at, error);
        doneAt = at;
    }

    public Long getMessageId() {
        return messageId;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
