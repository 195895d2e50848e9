package io.livechat.channel.whatsapp.control;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies a webhook status (sent, delivered, read, failed) to the outbound message it names, once
 * per status id and status. Statuses arrive unordered, so a message never moves back (a late
 * "delivered" does not undo "read").
 */
@ApplicationScoped
public class StatusHandler {

    private static final Logger LOG = Logger.getLogger(StatusHandler.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    void apply(JsonObject status) {
        String id = status.getString("id", null);
        String name = status.getString("status", "");
        if (id == null || !firstTime(id, name)) {
            return;
        }
        List<Message> messages = em.createNamedQuery(Message.BY_EXTERNAL_ID, Message.class)
                .setParameter("channel", Channel.WHATSAPP)
                .setParameter("externalId", id)
                .getResultList();
        if (messages.isEmpty()) {
            LOG.log(Level.FINE, "Status {0} for a message Live Chat did not send", name);
            return;
        }
        Message message = messages.get(0);
        DeliveryStatus current = message.getDeliveryStatus();
        switch (name) {
            case "sent" -> advance(message, DeliveryStatus.SENT);
            case "delivered" -> advance(message, DeliveryStatus.DELIVERED);
            case "read" -> advance(message, DeliveryStatus.READ);
            case "failed" -> message.markFailed(failure(status));
            default -> LOG.log(Level.INFO, "Unknown WhatsApp status {0} for message {1}", new Object[] {name, message.getId()});
        }
        LOG.log(Level.FINE, "Message {0}: {1} -> {2}", new Object[] {message.getId(), current, message.getDeliveryStatus()});
    }

    private static void advance(Message message, DeliveryStatus to) {
        DeliveryStatus current = message.getDeliveryStatus();
        if (current != DeliveryStatus.FAILED && current.ordinal() < to.ordinal()) {
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
            return SendOutcome.of(400, "{\"error\":{\"code\":131047}}").reason().replace("Not sent", "Not delivered");
        }
        return "Not delivered: " + error.getString("title", "WhatsApp reports a failure") + " (WhatsApp error " + code + ").";
    }

    private boolean firstTime(String id, String name) {
        return em.createNativeQuery("INSERT IGNORE INTO whatsapp_status_seen (status_id, status, seen_at) VALUES (?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, name.length() > 16 ? name.substring(0, 16) : name)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }
}
