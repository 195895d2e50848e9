package io.livechat.channel.whatsapp.control;

import io.livechat.bot.entity.Bot;
import io.livechat.channel.whatsapp.entity.WebhookDelivery;
import io.livechat.channel.whatsapp.entity.WhatsappAccount;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes one stored webhook delivery in one transaction: every change of every entry, routed to
 * the bot that owns the number. The delivery row is locked, so the request that stored it and the
 * retry loop never process it twice at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class.getName());
    /** After this many failed attempts, a message whose file cannot be fetched is kept without it. */
    static final int MEDIA_ATTEMPTS = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InboundHandler inbound;

    @Inject
    private StatusHandler statuses;

    @Inject
    private WhatsappSettings settings;

    @Inject
    private Clock clock;

    public List<Long> due() {
        return em.createNamedQuery(WebhookDelivery.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(50)
                .getResultList();
    }

    public void process(long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.isProcessed()) {
            return;
        }
        boolean lastChance = delivery.getAttempts() + 1 >= MEDIA_ATTEMPTS;
        for (WebhookChange change : WebhookChange.of(delivery.getPayload())) {
            handle(change, lastChance);
        }
        delivery.processed(clock.instant());
    }

    public void failed(long deliveryId, String error) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery != null && !delivery.isProcessed()) {
            delivery.failed(error, clock.instant().plus(settings.backoff(delivery.getAttempts() + 1)));
            LOG.log(Level.WARNING, "WhatsApp webhook delivery {0} failed (attempt {1}), retried later: {2}",
                    new Object[] {deliveryId, delivery.getAttempts(), error});
        }
    }

    /**
     * Deletes processed deliveries and applied status ids received before the cut-off; unprocessed
     * deliveries stay whatever their age, they still hold what Meta sent. Answers how many rows went.
     */
    public int purge(Instant before) {
        Timestamp cutOff = Timestamp.from(before);
        return em.createNativeQuery("DELETE FROM whatsapp_inbox WHERE processed_at IS NOT NULL AND received_at < ?")
                .setParameter(1, cutOff)
                .executeUpdate()
                + em.createNativeQuery("DELETE FROM whatsapp_status_seen WHERE seen_at < ?")
                .setParameter(1, cutOff)
                .executeUpdate();
    }

    private void handle(WebhookChange change, boolean lastChance) {
        change.errors().forEach(error -> keep(change.phoneNumberId(), error));
        if (change.messages().isEmpty() && change.statuses().isEmpty()) {
            return;
        }
        List<Bot> bots = change.phoneNumberId() == null ? List.of()
                : em.createNamedQuery(Bot.BY_WHATSAPP_NUMBER, Bot.class)
                .setParameter("phoneNumberId", change.phoneNumberId())
                .getResultList();
        if (bots.isEmpty()) {
            LOG.log(Level.INFO, "WhatsApp webhook for number id {0}, which no bot owns: acknowledged, ignored",
                    change.phoneNumberId());
            return;
        }
        Bot bot = bots.get(0);
        Optional<String> token = Optional.ofNullable(em.find(WhatsappAccount.class, bot.getId()))
                .map(WhatsappAccount::getAccessToken);
        for (JsonObject message : change.messages()) {
            Optional<String> unprocessable = UserMessage.unprocessable(message);
            if (unprocessable.isPresent()) {
                park(bot, unprocessable.get(), message);
            } else {
                inbound.handle(bot, token, change.names(), message, lastChance);
            }
        }
        change.statuses().forEach(statuses::apply);
    }

    /** Keeps a message that no retry can process, with the reason, for the bot's admin; logged once. */
    private void park(Bot bot, String reason, JsonObject message) {
        LOG.log(Level.WARNING, "Parked a WhatsApp message for bot {0} that can never be processed: {1}",
                new Object[] {bot.getId(), reason});
        em.createNativeQuery("INSERT INTO whatsapp_parked (bot_id, reason, payload, received_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, bot.getId())
                .setParameter(2, reason)
                .setParameter(3, message.toString())
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    private void keep(String phoneNumberId, JsonObject error) {
        int code = error.getInt("code", 0);
        String title = error.getString("title", error.getString("message", ""));
        JsonObject data = error.getJsonObject("error_data");
        String details = data == null ? null : data.getString("details", null);
        LOG.log(Level.WARNING, "WhatsApp reports error {0} for number id {1}: {2}", new Object[] {code, phoneNumberId, title});
        em.createNativeQuery("INSERT INTO whatsapp_error (phone_number_id, code, title, details, received_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, phoneNumberId)
                .setParameter(2, code)
                .setParameter(3, truncate(title, 500))
                .setParameter(4, truncate(details, 1000))
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
