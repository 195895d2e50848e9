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
        query = "SELECT d.id FROM WebhookDelivery d WHERE d.processedAt IS NULL AND d.nextAttemptAt <= :now ORDER BY d.id")
public class WebhookDelivery {

    public static final String DUE = "WebhookDelivery.due";

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

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    /** Due a little later: the request that stored it processes it at once, the retry loop only if that failed. */
    public WebhookDelivery(byte[] payload, Instant receivedAt, Duration grace) {
        this.payload = Objects.requireNonNull(payload).clone();
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.nextAttemptAt = receivedAt.plus(grace);
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

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
