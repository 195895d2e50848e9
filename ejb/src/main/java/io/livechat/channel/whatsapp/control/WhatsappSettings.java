package io.livechat.channel.whatsapp.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The channel's configuration (MicroProfile Config, so also {@code LIVECHAT_WHATSAPP_*} environment
 * variables). Without an app secret the webhook refuses every POST: it cannot tell Meta from anyone.
 */
@ApplicationScoped
public class WhatsappSettings {

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.app.secret")
    Optional<String> appSecret;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.verify.token")
    Optional<String> verifyToken;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.graph.url", defaultValue = "https://graph.facebook.com")
    String graphUrl;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.graph.version", defaultValue = "v23.0")
    String graphVersion;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.graph.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.retry.first", defaultValue = "PT2S")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.retry.attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.unknown.grace", defaultValue = "PT1M")
    Duration unknownGrace;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.inbox.retention", defaultValue = "P30D")
    Duration inboxRetention;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.purge.every", defaultValue = "PT1H")
    Duration purgeEvery;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.inbound.workers", defaultValue = "8")
    int inboundWorkers;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.inbound.max-backlog", defaultValue = "100000")
    long maxBacklog;

    @Inject
    @ConfigProperty(name = "livechat.whatsapp.inbound.hold", defaultValue = "PT0.3S")
    Duration inboundHold;

    public Optional<String> appSecret() {
        return appSecret.filter(secret -> !secret.isBlank());
    }

    public Optional<String> verifyToken() {
        return verifyToken.filter(token -> !token.isBlank());
    }

    /** {@code {graph}/{version}/}, ready to take a path. */
    public String graphBase() {
        String base = graphUrl.endsWith("/") ? graphUrl : graphUrl + "/";
        return base + graphVersion + "/";
    }

    public Duration timeout() {
        return timeout;
    }

    /** How long a send that got no answer waits for a status naming it before it is sent again. */
    public Duration unknownGrace() {
        return unknownGrace;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Exponential backoff: the first retry after {@code retry.first}, each next one twice as late, at most an hour. */
    public Duration backoff(int attempts) {
        return Backoff.after(firstRetry, attempts);
    }

    /**
     * How long processed webhook payloads and the ids of applied statuses are kept: longer than Meta
     * retries a delivery (7 days), so a late duplicate is still recognized.
     */
    public Duration inboxRetention() {
        return inboxRetention;
    }

    /**
     * How many webhook deliveries a node processes at once. Each holds a database connection while it
     * runs, so this stays well under the pool's size; the work waits on MariaDB's commits more than
     * on the CPU, so a few per core.
     */
    public int inboundWorkers() {
        return Math.max(1, Math.min(inboundWorkers, InboundPipeline.MAX_WORKERS));
    }

    /** Stored but unprocessed deliveries beyond which the webhook answers 503 and stores nothing more. */
    public long maxBacklog() {
        return maxBacklog;
    }

    /**
     * How long a user's message waits before it is processed, so that a webhook of theirs racing it
     * (a message sent just before, delivered just after) is there to go first. Zero processes at
     * once and keeps only the order the webhooks arrived in.
     */
    public Duration inboundHold() {
        return inboundHold;
    }

    /** How often a node purges what outlived the retention. */
    public Duration purgeEvery() {
        return purgeEvery;
    }
}
