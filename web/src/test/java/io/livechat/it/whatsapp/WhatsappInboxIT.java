package io.livechat.it.whatsapp;

import static io.livechat.it.whatsapp.WhatsappBot.conversationOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.ClientIT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The webhook inbox. Meta retries a delivery until it is answered 2xx, so the webhook answers 200
 * only for what it stored: when the real database refuses the insert, the answer is 5xx, and Meta's
 * redelivery of the same payload yields the message once. Processed deliveries are purged after
 * their retention (30 days; the test server purges every few seconds), unprocessed ones never.
 */
class WhatsappInboxIT extends ClientIT {

    @Test
    void aDeliveryTheDatabaseRefusesIsAnswered5xxAndItsRedeliveryCountsOnce() {
        GraphApi.acceptAnySend();
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA database down");
        Webhook webhook = new Webhook(base);
        String suffix = Webhook.unique();
        String user = "4915100000077";
        String body = Webhook.fixture("text.json", bot.number, user, suffix);
        // Refuses only this test's deliveries, so nothing else that runs meanwhile is disturbed.
        String trigger = "it_refuse_" + suffix;
        Database.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON whatsapp_inbox FOR EACH ROW"
                + " IF INSTR(CAST(NEW.payload AS CHAR CHARACTER SET utf8mb4), '" + suffix + "') > 0 THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the test refuses this delivery'; END IF");
        try {
            HttpResponse<String> refused = webhook.postSigned(body);
            assertTrue(refused.statusCode() >= 500 && refused.statusCode() < 600,
                    () -> "a delivery that was not stored is answered 5xx, not " + refused.statusCode() + " " + refused.body());
            assertEquals(0, Database.inboxRowsWith(suffix), "nothing of the refused delivery is stored");
        } finally {
            Database.execute("DROP TRIGGER IF EXISTS " + trigger);
        }

        HttpResponse<String> redelivered = webhook.postSigned(body);
        assertEquals(200, redelivered.statusCode(), redelivered::body);
        assertEquals(1, Database.inboxRowsWith(suffix), "the redelivery is stored");
        Database.awaitProcessed(suffix);
        List<JsonObject> messages = bot.awaitUserMessages(conversationOf(bot.handover(user)), 1);
        assertEquals(List.of("Does it come in another color?"), messages.stream().map(m -> m.getString("text")).toList());
    }

    @Test
    void processedDeliveriesOlderThanTheRetentionArePurgedAndNothingElse() {
        String suffix = Webhook.unique();
        long old = inboxRow("processed long ago " + suffix, "DATE_SUB(NOW(6), INTERVAL 40 DAY)", true);
        long recent = inboxRow("processed today " + suffix, "NOW(6)", true);
        long pending = inboxRow("never processed " + suffix, "DATE_SUB(NOW(6), INTERVAL 40 DAY)", false);
        try {
            Eventually.until(() -> Database.count("SELECT COUNT(*) FROM whatsapp_inbox WHERE id = ?", old), n -> n == 0,
                    java.time.Duration.ofSeconds(60), "the old processed delivery purged");
            assertEquals(1, Database.count("SELECT COUNT(*) FROM whatsapp_inbox WHERE id = ?", recent));
            assertEquals(1, Database.count("SELECT COUNT(*) FROM whatsapp_inbox WHERE id = ?", pending),
                    "an unprocessed delivery still holds what Meta sent: it stays whatever its age");
        } finally {
            Database.execute("DELETE FROM whatsapp_inbox WHERE id IN (" + recent + ", " + pending + ")");
        }
    }

    /**
     * Back-pressure: while more deliveries wait than the limit (500 on the test server), a webhook
     * is answered 503 and nothing of it is stored, so Meta keeps it and sends it again; once the
     * backlog is worked off the same delivery is taken, and counts once.
     */
    @Test
    void aFullBacklogIsAnswered503WithNothingStoredAndTheRedeliveryIsTaken() {
        GraphApi.acceptAnySend();
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA backlog");
        Webhook webhook = new Webhook(base);
        String suffix = Webhook.unique();
        String body = Webhook.fixture("text.json", bot.number, "4915100000501", suffix);
        // Waiting deliveries no worker takes (not due for years), as a backlog of the cluster would be.
        String filler = "backlog filler " + Webhook.unique();
        Database.execute("INSERT INTO whatsapp_inbox (payload, received_at, next_attempt_at) SELECT CONCAT('" + filler
                + " ', seq), NOW(6), DATE_ADD(NOW(6), INTERVAL 10 YEAR) FROM seq_1_to_501");
        try {
            awaitBacklog(n -> n > 500);
            HttpResponse<String> refused = webhook.postSigned(body);
            assertEquals(503, refused.statusCode(), refused::body);
            assertEquals("application/problem+json;charset=UTF-8", refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers()::toString);
            assertEquals(0, Database.inboxRowsWith(suffix), "nothing of the refused delivery is stored");
        } finally {
            Database.execute("DELETE FROM whatsapp_inbox WHERE processed_at IS NULL"
                    + " AND CAST(payload AS CHAR CHARACTER SET utf8mb4) LIKE '" + filler + " %'");
        }
        awaitBacklog(n -> n <= 500);
        HttpResponse<String> redelivered = webhook.postSigned(body);
        assertEquals(200, redelivered.statusCode(), redelivered::body);
        Database.awaitProcessed(suffix);
        assertEquals(1, bot.awaitUserMessages(conversationOf(bot.handover("4915100000501")), 1).size());
    }

    /** Waits until the backlog the node counted (its health data) is as asked. */
    private void awaitBacklog(java.util.function.LongPredicate wanted) {
        Eventually.until(() -> fixture.anonymous().get("health/live").body(), health -> {
            java.util.regex.Matcher backlog = java.util.regex.Pattern.compile("\"inboundBacklog\":\"?(\\d+)").matcher(health);
            return backlog.find() && wanted.test(Long.parseLong(backlog.group(1)));
        }, java.time.Duration.ofSeconds(30), "the inbound backlog counted");
    }

    /** A row as the webhook stores it; an unprocessed one is not due for years, so the retry loop leaves it. */
    private static long inboxRow(String payload, String receivedAt, boolean processed) {
        Database.execute("INSERT INTO whatsapp_inbox (payload, received_at, processed_at, next_attempt_at) VALUES ('"
                + payload + "', " + receivedAt + ", " + (processed ? receivedAt : "NULL") + ", DATE_ADD(NOW(6), INTERVAL 10 YEAR))");
        return Database.count("SELECT id FROM whatsapp_inbox WHERE CAST(payload AS CHAR CHARACTER SET utf8mb4) = ?", payload);
    }
}
