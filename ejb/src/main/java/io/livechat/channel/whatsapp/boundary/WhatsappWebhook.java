package io.livechat.channel.whatsapp.boundary;

import io.livechat.channel.whatsapp.control.WebhookProcessor;
import io.livechat.channel.whatsapp.control.WebhookSignature;
import io.livechat.channel.whatsapp.control.WhatsappSettings;
import io.livechat.channel.whatsapp.entity.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Meta's webhook for the WhatsApp Cloud API. The caller is Meta, recognised by the signature of the
 * body (there is no user): {@link #isSigned} before anything else. A signed body is stored as it
 * came ({@link #store}, committed before Meta gets its 200) and processed after, so nothing Meta
 * was told we have is lost; a processing that fails is retried from the stored row.
 */
@Stateless
@PermitAll
public class WhatsappWebhook {

    /** The retry loop leaves a fresh delivery to the request that stored it for this long. */
    static final Duration GRACE = Duration.ofSeconds(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WhatsappSettings settings;

    @Inject
    private WebhookProcessor processor;

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

    /** Stores a signed body durably; returns the id of the stored delivery. */
    public long store(byte[] body) {
        WebhookDelivery delivery = new WebhookDelivery(body, clock.instant(), GRACE);
        em.persist(delivery);
        em.flush();
        return delivery.getId();
    }

    /** Processes a stored delivery in the background; a failure leaves it to the retry loop. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void processLater(long deliveryId) {
        try {
            processor.process(deliveryId);
        } catch (EJBException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            processor.failed(deliveryId, root.getClass().getSimpleName() + ": " + root.getMessage());
        }
    }
}
