package io.livechat.it.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.livechat.it.whatsapp.WhatsappBot.conversationOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.MicroNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node is killed with {@code kill -9} while signed webhooks pour in, each delivered three times as
 * Meta does, and is started again on the same database; Meta retries what was not acknowledged and,
 * as Meta does, sends a status for every message it took. Every acknowledged message is stored
 * exactly once, and every bot reply reaches WhatsApp exactly once.
 */
class WhatsappCrashIT extends ClientIT {

    private static final int MESSAGES = 24;
    private static final String USER = "4917800000001";

    @Test
    void aNodeKilledMidStreamLosesNothingAcknowledgedAndSendsNothingTwice() throws Exception {
        String suffix = Webhook.unique();
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA crash");
        GraphApi.server().stubFor(post(urlPathEqualTo(GraphApi.messagesPath(bot.number)))
                // Slow, within the timeout: when the node is killed, some replies are in flight, taken by
                // WhatsApp but not yet recorded as sent.
                .willReturn(WhatsappOutboundIT.sent("wamid.CRASH-" + suffix + "-{{randomValue type='UUID'}}")
                        .withFixedDelay(1_500)));
        Webhook toA = new Webhook(base);
        ScheduledExecutorService meta = Executors.newSingleThreadScheduledExecutor();
        Set<String> statusSent = ConcurrentHashMap.newKeySet();
        meta.scheduleWithFixedDelay(() -> echoStatuses(bot, toA, statusSent), 200, 200, TimeUnit.MILLISECONDS);
        try {
            MicroNode node = MicroNode.second();
            try {
                for (int i = 0; i < MESSAGES; i++) {
                    if (i == MESSAGES / 2) {
                        node.kill();
                        node = MicroNode.second();
                    }
                    String delivery = message(bot, suffix, i);
                    for (int copy = 0; copy < 3; copy++) {
                        deliver(new Webhook(node.base()), toA, delivery);
                    }
                }
            } finally {
                node.close();
            }
            Database.awaitProcessed(suffix);
            long conversation = conversationOf(bot.handover(USER));
            List<JsonObject> stored = Eventually.until(() -> bot.userMessages(conversation), all -> all.size() >= MESSAGES,
                    Duration.ofSeconds(60), MESSAGES + " user messages");
            Map<String, Long> copies = stored.stream().collect(Collectors.groupingBy(m -> m.getString("text"), Collectors.counting()));
            assertEquals(MESSAGES, copies.size(), copies::toString);
            assertTrue(copies.values().stream().allMatch(count -> count == 1), () -> "stored more than once: " + copies);

            // Once every send is settled (a killed node's claims run out after their lease), a reply
            // sent twice would have been.
            Eventually.until(() -> Database.count("SELECT COUNT(*) FROM whatsapp_outbox o JOIN message m ON m.id = o.message_id"
                    + " WHERE m.conversation_id = ? AND o.done_at IS NULL", conversation), open -> open == 0,
                    Duration.ofSeconds(120), "every reply settled");
            Map<String, Long> sends = GraphApi.sends(bot.number).stream()
                    .collect(Collectors.groupingBy(send -> send.getString("biz_opaque_callback_data"), Collectors.counting()));
            assertTrue(sends.size() >= MESSAGES, () -> "a reply to every message: " + sends);
            assertTrue(sends.values().stream().allMatch(count -> count == 1), () -> "replies sent twice: " + sends);
        } finally {
            meta.shutdownNow();
        }
    }

    /** The user's i-th text message, with wamids of its own. */
    private static String message(WhatsappBot bot, String suffix, int i) {
        return Webhook.fixture("text.json", bot.number, USER, suffix + "-" + i)
                .replace("Does it come in another color?", "Message " + i + " of the crash test");
    }

    /**
     * Posts the delivery to the node until it is acknowledged, as Meta retries; while the node is
     * down, Meta's retry reaches the other node, which the load balancer sends it to.
     */
    private static void deliver(Webhook node, Webhook other, String delivery) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (node.postSigned(delivery).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException refused) {
                // killed: Meta tries again
            }
            if (other.postSigned(delivery).statusCode() == 200) {
                return;
            }
        }
        throw new AssertionError("never acknowledged: " + delivery);
    }

    /** What Meta does for every message it took: a status naming its wamid and the send's tag. */
    private static void echoStatuses(WhatsappBot bot, Webhook to, Set<String> done) {
        try {
            for (ServeEvent event : GraphApi.server().getAllServeEvents()) {
                if (!event.getRequest().getUrl().startsWith(GraphApi.messagesPath(bot.number))
                        || event.getResponse() == null || event.getResponse().getStatus() != 200
                        || done.contains(event.getId().toString())) {
                    continue;
                }
                String wamid = json(event.getResponse().getBodyAsString()).getJsonArray("messages").getJsonObject(0).getString("id");
                String tag = json(event.getRequest().getBodyAsString()).getString("biz_opaque_callback_data", "");
                JsonObject sent = Json.createObjectBuilder().add("id", wamid).add("status", "sent").add("recipient_id", USER)
                        .add("timestamp", String.valueOf(Instant.now().getEpochSecond()))
                        .add("biz_opaque_callback_data", tag).build();
                JsonObject value = Json.createObjectBuilder().add("messaging_product", "whatsapp")
                        .add("metadata", Json.createObjectBuilder().add("phone_number_id", bot.number))
                        .add("statuses", Json.createArrayBuilder().add(sent)).build();
                JsonObject change = Json.createObjectBuilder().add("field", "messages").add("value", value).build();
                JsonObject status = Json.createObjectBuilder().add("object", "whatsapp_business_account")
                        .add("entry", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "1")
                                .add("changes", Json.createArrayBuilder().add(change))))
                        .build();
                if (to.postSigned(status.toString()).statusCode() == 200) {
                    done.add(event.getId().toString());
                }
            }
        } catch (RuntimeException e) {
            // The next round tries again.
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
