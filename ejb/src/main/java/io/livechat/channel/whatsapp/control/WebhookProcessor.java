package io.livechat.channel.whatsapp.control;

import io.livechat.bot.entity.Bot;
import io.livechat.channel.whatsapp.entity.WebhookDelivery;
import io.livechat.channel.whatsapp.entity.WhatsappAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes one stored webhook delivery in one transaction: every change of every entry, routed to
 * the bot that owns the number. A worker claims the delivery's row with {@code SKIP LOCKED}, so two
 * workers (of one node or of two) never process it at once, and neither waits for the other. A CDI
 * bean, not an EJB: a failed attempt is logged once, here, not again with its stack by the container.
 */
@ApplicationScoped
public class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class.getName());
    /** After this many failed attempts, a message whose file cannot be fetched is kept without it. */
    static final int MEDIA_ATTEMPTS = 3;
    /** Attempts lost to another transaction (a deadlock, a lock wait, a duplicate insert) retried at once. */
    static final int CONTENTION_ATTEMPTS = 3;
    private static final Duration CONTENTION_RETRY = Duration.ofMillis(200);

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

    /** The oldest due deliveries first. */
    // The reads too run in a transaction: the drain calls them from a plain managed thread, where
    // an entity manager outside a transaction is closed after its first use.
    @Transactional
    public List<Long> due(int max) {
        return em.createNamedQuery(WebhookDelivery.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** The stored deliveries not processed yet, due or waiting out a backoff. */
    @Transactional
    public long unprocessed() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM whatsapp_inbox WHERE processed_at IS NULL")
                .getSingleResult()).longValue();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void process(long deliveryId) {
        Optional<WebhookDelivery> claimed = claim(deliveryId);
        if (claimed.isEmpty()) {
            return; // processed already, or a worker has it right now
        }
        WebhookDelivery delivery = claimed.get();
        for (WebhookDelivery before : sentBefore(delivery)) {
            apply(before);
        }
        apply(delivery);
    }

    /**
     * Locks the delivery's row if it is unprocessed and no other transaction holds it, and reads it
     * in the same statement; never waits.
     */
    private Optional<WebhookDelivery> claim(long deliveryId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT * FROM whatsapp_inbox WHERE id = ? AND processed_at IS NULL FOR UPDATE SKIP LOCKED",
                        WebhookDelivery.class)
                .setParameter(1, deliveryId)
                .getResultList();
        return rows.stream().findFirst().map(WebhookDelivery.class::cast);
    }

    /**
     * The sender's unprocessed deliveries that WhatsApp sent before this one, oldest first, locked:
     * processed first, in this transaction, so that the user's messages reach the transcript and
     * the bot in the order they were written. One that another worker holds right now makes this
     * attempt give way ({@link SenderBusy}): waiting for it could deadlock, as that worker may be
     * waiting for one this attempt has locked.
     */
    private List<WebhookDelivery> sentBefore(WebhookDelivery delivery) {
        if (delivery.getSender() == null || delivery.getSentAt() == null) {
            return List.of();
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM whatsapp_inbox WHERE sender = ? AND processed_at IS NULL"
                        + " AND (sent_at < ? OR sent_at = ? AND id < ?) ORDER BY sent_at, id")
                .setParameter(1, delivery.getSender())
                .setParameter(2, delivery.getSentAt())
                .setParameter(3, delivery.getSentAt())
                .setParameter(4, delivery.getId())
                .getResultList();
        List<WebhookDelivery> before = new ArrayList<>();
        for (Object id : ids) {
            long earlier = ((Number) id).longValue();
            Optional<WebhookDelivery> claimed = claim(earlier);
            if (claimed.isEmpty()) {
                WebhookDelivery taken = em.find(WebhookDelivery.class, earlier);
                if (taken == null || taken.isProcessed()) {
                    continue; // its worker committed it a moment ago
                }
                throw new SenderBusy(delivery.getId(), earlier);
            }
            before.add(claimed.get());
        }
        return before;
    }

    /** An earlier delivery of the same sender is being processed by another worker: this one waits its turn. */
    static final class SenderBusy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SenderBusy(long deliveryId, long earlier) {
            super("delivery " + deliveryId + " waits for the sender's earlier delivery " + earlier, null, false, false);
        }
    }

    private void apply(WebhookDelivery delivery) {
        boolean lastChance = delivery.getAttempts() + 1 >= MEDIA_ATTEMPTS;
        for (WebhookChange change : WebhookChange.of(delivery.getPayload())) {
            handle(change, lastChance);
        }
        delivery.processed(clock.instant());
    }

    /** When the next unprocessed delivery that is not due yet becomes due, if any. */
    @Transactional
    public Optional<Instant> nextDue() {
        return em.createNamedQuery(WebhookDelivery.NEXT_DUE, Instant.class)
                .setParameter("now", clock.instant())
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * Records a failed attempt, due again soon when another transaction was in the way, else after
     * the backoff. One log line; the stack trace at FINE.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long deliveryId, Throwable failure) {
        Optional<WebhookDelivery> claimed = claim(deliveryId);
        if (claimed.isEmpty()) {
            return; // processed meanwhile, or a worker has it again and records its own outcome
        }
        WebhookDelivery delivery = claimed.get();
        if (failure instanceof SenderBusy) {
            delivery.postpone(clock.instant().plus(CONTENTION_RETRY));
            LOG.log(Level.FINE, failure.getMessage());
            return;
        }
        int attempt = delivery.getAttempts() + 1;
        Duration wait = attempt <= CONTENTION_ATTEMPTS && Contention.isContention(failure)
                ? CONTENTION_RETRY.multipliedBy(attempt) : settings.backoff(attempt);
        String cause = Contention.rootMessage(failure);
        delivery.failed(cause, clock.instant().plus(wait));
        LOG.log(Level.WARNING, "WhatsApp webhook delivery {0} failed (attempt {1}), retried in {2}: {3}",
                new Object[] {deliveryId, attempt, wait, cause});
        LOG.log(Level.FINE, "The failure of WhatsApp webhook delivery " + deliveryId, failure);
    }

    /**
     * Deletes processed deliveries and applied status ids received before the cut-off; unprocessed
     * deliveries stay whatever their age, they still hold what Meta sent. Answers how many rows went.
     */
    @Transactional
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
