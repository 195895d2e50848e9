package io.livechat.channel.whatsapp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One signed webhook POST as Meta sent it, stored before it is processed so that nothing
 * acknowledged is lost. Processed once; a failed processing is retried later with a growing delay.
 */
@Entity
@Table(name = "whatsapp_inbox")
@NamedQuery(name = WebhookDelivery.DUE,
        query = "SELECT d.id FROM WebhookDelivery d WHERE d.processedAt IS NULL AND d.nextAttemptAt <= :now"
                + " ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(name = WebhookDelivery.NEXT_DUE,
        query = "SELECT MIN(d.nextAttemptAt) FROM WebhookDelivery d WHERE d.processedAt IS NULL AND d.nextAttemptAt > :now")
public class WebhookDelivery {

    public static final String DUE = "WebhookDelivery.due";
    public static final String NEXT_DUE = "WebhookDelivery.nextDue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Column(nullable = false)
    private byte[] payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    /** {@code <phone number id>:<wa_id>} of the delivery's first message; null for statuses only. */
    @Column(length = 64)
    private String sender;

    /** When WhatsApp says that message was sent, in epoch seconds. */
    @Column(name = "sent_at")
    private Long sentAt;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    /**
     * Due after the wait: a hold that lets a user's racing deliveries arrive before the first is
     * processed, or a grace for the worker that starts on it at once.
     */
    public WebhookDelivery(byte[] payload, Instant receivedAt, Duration dueAfter, String sender, Long sentAt) {
        this.payload = Objects.requireNonNull(payload).clone();
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.nextAttemptAt = receivedAt.plus(dueAfter);
        this.sender = sender;
        this.sentAt = sentAt;
    }

    public void processed(Instant at) {
        processedAt = at;
        lastError = null;
    }

    public void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        nextAttemptAt = retryAt;
    }

    /** Due again later without counting an attempt: it gave way to another delivery, nothing failed. */
    public void postpone(Instant retryAt) {
        nextAttemptAt = retryAt;
    }

    public boolean isProcessed() {
        return processedAt != null;
    }

    public Long getId() {
        return id;
    }

    public byte[] getPayload() {
        return payload.clone();
    }

    public int getAttempts() {
        return attempts;
    }

    public String getSender() {
        return sender;
    }

    public Long getSentAt() {
        return sentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
