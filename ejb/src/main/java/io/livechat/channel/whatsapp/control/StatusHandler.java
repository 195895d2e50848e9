package io.livechat.channel.whatsapp.control;

import io.livechat.channel.whatsapp.entity.OutboxEntry;
import io.livechat.conversation.control.DeliveryNews;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;
import io.livechat.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies a webhook status (sent, delivered, read, failed) to the outbound message it names, once
 * per status id and status. Statuses arrive unordered, so a message never moves back (a late
 * "delivered" does not undo "read"). A status can even arrive before our send recorded the wamid
 * Meta answered with; it is parked until the send records it.
 */
@ApplicationScoped
public class StatusHandler {

    private static final Logger LOG = Logger.getLogger(StatusHandler.class.getName());
    /** How long a status waits for the send of its wamid to be recorded; the send retries for less. */
    private static final Duration PARKED_FOR = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DeliveryNews deliveries;

    void apply(JsonObject status) {
        String id = status.getString("id", null);
        String name = status.getString("status", "");
        if (id == null || !firstTime(id, name)) {
            return;
        }
        Optional<Message> message = sentAs(id);
        if (message.isPresent()) {
            applyTo(message.get(), status);
            return;
        }
        Optional<Message> unanswered = unansweredSend(status);
        if (unanswered.isPresent()) {
            settle(unanswered.get(), id);
            applyTo(unanswered.get(), status);
            return;
        }
        // The webhook may overtake the Graph API's answer to our send: park the status, then look
        // again with a locking read, in case the send recorded the wamid meanwhile (see applyParked).
        park(id, name, status);
        sentAs(id).ifPresent(this::applyParked);
    }

    /**
     * Applies the statuses that arrived for the message's wamid before its send was recorded. Called
     * in the transaction that records the wamid; the locking read waits for a webhook transaction
     * that is parking a status for it right now.
     */
    void applyParked(Message message) {
        String wamid = message.getExternalId().orElseThrow();
        List<?> payloads = em.createNativeQuery("SELECT payload FROM whatsapp_status_early WHERE status_id = ? FOR UPDATE")
                .setParameter(1, wamid)
                .getResultList();
        if (payloads.isEmpty()) {
            return;
        }
        for (Object payload : payloads) {
            try (JsonReader reader = Jsonp.createReader(new StringReader((String) payload))) {
                applyTo(message, reader.readObject());
            }
        }
        em.createNativeQuery("DELETE FROM whatsapp_status_early WHERE status_id = ?")
                .setParameter(1, wamid)
                .executeUpdate();
    }

    /** Our message the status names by its send's tag, if that send's answer (the wamid) never came. */
    private Optional<Message> unansweredSend(JsonObject status) {
        return OutboundPayload.messageOf(status)
                .map(messageId -> em.find(Message.class, messageId, LockModeType.PESSIMISTIC_WRITE))
                .filter(message -> message.getChannel() == Channel.WHATSAPP && message.getExternalId().isEmpty());
    }

    /**
     * WhatsApp has the message as this wamid although our send got no answer: recorded as sent, and
     * its outbox entry done, so it is not sent again (the customer would get it twice).
     */
    private void settle(Message message, String wamid) {
        message.markSent(wamid);
        deliveries.changed(message);
        OutboxEntry entry = em.find(OutboxEntry.class, message.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (entry != null && !entry.isDone()) {
            entry.done(clock.instant());
        }
        LOG.log(Level.INFO, "WhatsApp message {0} settled by its status: not sent again", message.getId());
    }

    private Optional<Message> sentAs(String wamid) {
        return em.createNamedQuery(Message.BY_EXTERNAL_ID, Message.class)
                .setParameter("channel", Channel.WHATSAPP)
                .setParameter("externalId", wamid)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private void park(String id, String name, JsonObject status) {
        Instant now = clock.instant();
        em.createNativeQuery("DELETE FROM whatsapp_status_early WHERE received_at < ?")
                .setParameter(1, Timestamp.from(now.minus(PARKED_FOR)))
                .executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO whatsapp_status_early (status_id, status, payload, received_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, statusColumn(name))
                .setParameter(3, status.toString())
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        LOG.log(Level.FINE, "Status {0} for a message whose send is not recorded (yet): parked", name);
    }

    private void applyTo(Message message, JsonObject status) {
        String name = status.getString("status", "");
        DeliveryStatus current = message.getDeliveryStatus();
        String reason = message.getFailureReason().orElse(null);
        switch (name) {
            case "sent" -> advance(message, DeliveryStatus.SENT);
            case "delivered" -> advance(message, DeliveryStatus.DELIVERED);
            case "read" -> advance(message, DeliveryStatus.READ);
            case "failed" -> message.markFailed(failure(status));
            default -> LOG.log(Level.INFO, "Unknown WhatsApp status {0} for message {1}", new Object[] {name, message.getId()});
        }
        LOG.log(Level.FINE, "Message {0}: {1} -> {2}", new Object[] {message.getId(), current, message.getDeliveryStatus()});
        if (current != message.getDeliveryStatus() || !Objects.equals(reason, message.getFailureReason().orElse(null))) {
            deliveries.changed(message);
        }
    }

    /**
     * Moves the message forward. WhatsApp's word wins over our guess: a message we gave up on
     * unconfirmed that WhatsApp then reports delivered is delivered, not failed.
     */
    private static void advance(Message message, DeliveryStatus to) {
        DeliveryStatus current = message.getDeliveryStatus();
        if (current == DeliveryStatus.FAILED ? message.getExternalId().isPresent() && to != DeliveryStatus.SENT
                : current.ordinal() < to.ordinal()) {
            message.markDelivery(to);
        }
    }

    private static String failure(JsonObject status) {
        List<JsonObject> errors = WebhookChange.objects(status, "errors");
        if (errors.isEmpty()) {
            return "Not delivered: WhatsApp reports the message failed without saying why.";
        }
        JsonObject error = errors.get(0);
        int code = error.getInt("code", 0);
        if (code == SendOutcome.OUTSIDE_WINDOW) {
            return "Not delivered: " + SendOutcome.OUTSIDE_WINDOW_REASON;
        }
        String title = error.getString("title", "WhatsApp reports a failure").strip();
        return "Not delivered: " + (title.endsWith(".") ? title.substring(0, title.length() - 1) : title)
                + " (WhatsApp error " + code + ")." + (SendOutcome.TRANSIENT.contains(code)
                ? " WhatsApp gave up on it after a passing problem: send it again later." : "");
    }

    private boolean firstTime(String id, String name) {
        return em.createNativeQuery("INSERT IGNORE INTO whatsapp_status_seen (status_id, status, seen_at) VALUES (?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, statusColumn(name))
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }

    private static String statusColumn(String name) {
        return name.length() > 16 ? name.substring(0, 16) : name;
    }
}
