package io.livechat.channel.whatsapp.boundary;

import io.livechat.channel.whatsapp.control.InboundPipeline;
import io.livechat.channel.whatsapp.control.WebhookChange;
import io.livechat.channel.whatsapp.control.WebhookSignature;
import io.livechat.channel.whatsapp.control.WhatsappSettings;
import io.livechat.channel.whatsapp.entity.WebhookDelivery;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Meta's webhook for the WhatsApp Cloud API. The caller is Meta, recognised by the signature of the
 * body (there is no user): {@link #isSigned} before anything else. A signed body is stored as it
 * came ({@link #store}, committed before Meta gets its 200) and processed after, by the inbound
 * pipeline's workers, so nothing Meta was told we have is lost; a processing that fails is retried
 * from the stored row.
 */
@Stateless
@PermitAll
public class WhatsappWebhook {

    /** The drain leaves a delivery that a worker starts on at once to that worker for this long. */
    static final Duration GRACE = Duration.ofSeconds(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WhatsappSettings settings;

    @Inject
    private InboundPipeline pipeline;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private Clock clock;

    /** Whether the {@code X-Hub-Signature-256} header is the app secret's signature of these exact bytes. */
    public boolean isSigned(byte[] body, String signatureHeader) {
        return settings.appSecret()
                .map(secret -> WebhookSignature.isValid(secret, body, signatureHeader))
                .orElse(false);
    }

    /** The verification handshake: whether Meta presents the configured verify token. */
    public boolean isVerification(String mode, String verifyToken) {
        return "subscribe".equals(mode) && verifyToken != null && settings.verifyToken()
                .map(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        verifyToken.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    /** Whether to take more deliveries: not while the stored backlog is over its limit (Meta retries a 503). */
    public boolean isAccepting() {
        return pipeline.accepting();
    }

    /** The stored deliveries not processed yet, as the drain last counted them. */
    public long backlog() {
        return pipeline.backlog();
    }

    /**
     * Stores a signed body durably and returns its id. A user's message is held for
     * {@code livechat.whatsapp.inbound.hold}, for the drain to process it after any racing
     * delivery of theirs that was sent earlier. Anything else (statuses), and everything when there
     * is no hold, goes to a free worker once committed; with none free it is due at once, for the
     * drain to hand to the next free one.
     */
    public long store(byte[] body) {
        Optional<WebhookChange.FirstMessage> first = WebhookChange.firstMessage(body);
        Duration hold = settings.inboundHold();
        boolean reserved = (first.isEmpty() || hold.isZero()) && pipeline.reserveWorker();
        long[] stored = {0};
        if (reserved) {
            try {
                transaction.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing to do before the commit
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            pipeline.start(stored[0]);
                        } else {
                            pipeline.releaseWorker();
                        }
                    }
                });
            } catch (RuntimeException e) {
                pipeline.releaseWorker();
                throw e;
            }
        }
        Duration dueAfter = reserved ? GRACE : first.isPresent() ? hold : Duration.ZERO;
        WebhookDelivery delivery = new WebhookDelivery(body, clock.instant(), dueAfter,
                first.map(WebhookChange.FirstMessage::sender).orElse(null),
                first.map(WebhookChange.FirstMessage::sentAt).orElse(null));
        em.persist(delivery);
        em.flush();
        stored[0] = delivery.getId();
        if (!reserved) {
            pipeline.stored();
        }
        return stored[0];
    }
}
