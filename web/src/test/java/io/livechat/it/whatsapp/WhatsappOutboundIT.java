package io.livechat.it.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.livechat.it.support.HandoverPaths.assignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Samples;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.livechat.LiveChatPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What Live Chat sends to WhatsApp users, against WireMock as the Graph API: the send itself with
 * the bot's token, retries on 5xx, throughput and pair rate limits and slow answers, permanent
 * failures shown to the agent in plain words, and the statuses Meta reports afterwards.
 */
class WhatsappOutboundIT extends ClientIT {

    private static final String NOTICE = "You are being transferred to Agent";

    private String suffix;

    @BeforeEach
    void graphApi() {
        GraphApi.server().resetAll();
        suffix = Webhook.unique();
    }

    @Test
    void noticesAndAgentRepliesAreSentWithTheBotsToken() {
        Chat chat = chat("WA send", "4917600000001");
        answer(chat, sent("wamid.OUT-" + suffix + "-{{randomValue type='UUID'}}"));

        long notice = chat.assign();
        chat.awaitStatus(notice, "SENT");
        ApiResponse reply = chat.agent.post("api/v1/conversations/" + chat.conversation + "/messages",
                Json.createObjectBuilder().add("text", "Hello from the agent").build());
        assertEquals(201, reply.status(), reply::toString);
        chat.awaitStatus(reply.object().getJsonNumber("id").longValue(), "SENT");

        List<JsonObject> sends = GraphApi.sends(chat.bot.number);
        assertEquals(List.of(NOTICE, "Hello from the agent"),
                sends.stream().map(send -> send.getJsonObject("text").getString("body")).toList());
        for (JsonObject send : sends) {
            assertEquals("whatsapp", send.getString("messaging_product"));
            assertEquals("4917600000001", send.getString("to"));
            assertEquals("text", send.getString("type"));
        }
        GraphApi.sendRequests(chat.bot.number).forEach(request ->
                assertEquals("Bearer " + chat.bot.token, request.getHeader("Authorization")));
    }

    @Test
    void anAgentsFileIsUploadedFirstAndSentByItsMediaId() {
        Chat chat = chat("WA upload", "4917600000009");
        answer(chat, sent("wamid.FILE-" + suffix + "-{{randomValue type='UUID'}}"));
        GraphApi.acceptUploads(chat.bot.number, chat.bot.token, "uploaded-" + suffix);
        chat.awaitStatus(chat.assign(), "SENT");
        byte[] pdf = ("%PDF-1.4 invoice " + suffix).getBytes(StandardCharsets.UTF_8);

        ApiResponse uploaded = chat.agent.postBytes("api/v1/conversations/" + chat.conversation
                + "/files?fileName=invoice.pdf", "application/octet-stream", pdf);

        assertEquals(201, uploaded.status(), uploaded::toString);
        assertEquals("[Document: invoice.pdf]", uploaded.object().getString("text"));
        long message = uploaded.object().getJsonNumber("id").longValue();
        chat.awaitStatus(message, "SENT");
        var uploads = GraphApi.uploads(chat.bot.number);
        assertEquals(1, uploads.size());
        assertEquals("Bearer " + chat.bot.token, uploads.get(0).getHeader("Authorization"));
        assertTrue(uploads.get(0).getBodyAsString().contains("%PDF-1.4 invoice " + suffix));
        // The notice went first (twice, if a slow answer made the outbox retry it): the file is the last send.
        List<JsonObject> sends = GraphApi.sends(chat.bot.number);
        JsonObject send = sends.get(sends.size() - 1);
        assertEquals("document", send.getString("type"), sends::toString);
        assertEquals("uploaded-" + suffix, send.getJsonObject("document").getString("id"));
        assertEquals("invoice.pdf", send.getJsonObject("document").getString("filename"));

        // An image goes as an image message; its type is what its bytes are, whatever the request said.
        ApiResponse image = chat.agent.postBytes("api/v1/conversations/" + chat.conversation + "/files?fileName=shelf.png",
                "application/pdf", Samples.png());
        assertEquals(201, image.status(), image::toString);
        chat.awaitStatus(image.object().getJsonNumber("id").longValue(), "SENT");
        List<JsonObject> afterImage = GraphApi.sends(chat.bot.number);
        assertEquals("image", afterImage.get(afterImage.size() - 1).getString("type"), afterImage::toString);
        assertTrue(GraphApi.uploads(chat.bot.number).get(1).getBodyAsString().contains("Content-Type: image/png"),
                "uploaded as what it is");

        String media = "api/v1/conversations/" + chat.conversation + "/files?fileName=";
        ApiResponse lineBreak = chat.agent.postBytes(media + "invoice%0D%0ASet-Cookie:x.pdf", "application/pdf", pdf);
        assertEquals(422, lineBreak.status(), lineBreak::toString);
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedUntilSent() {
        Chat chat = chat("WA retry", "4917600000002");
        sequence(chat, aResponse().withStatus(503).withBody("Service Unavailable"),
                error(400, "error-rate-limit-response.json"),
                error(400, "error-pair-rate-limit-response.json"),
                error(500, "error-server-response.json"),
                sent("wamid.RETRIED-" + suffix));

        long notice = chat.assign();

        chat.awaitStatus(notice, "SENT");
        assertEquals(5, GraphApi.sendRequests(chat.bot.number).size());
    }

    @Test
    void aSlowGraphApiIsGivenUpOnAndRetried() {
        Chat chat = chat("WA slow", "4917600000003");
        sequence(chat, sent("wamid.SLOW-" + suffix).withFixedDelay(5_000), sent("wamid.FAST-" + suffix));

        long notice = chat.assign();

        chat.awaitStatus(notice, "SENT");
        assertTrue(GraphApi.sendRequests(chat.bot.number).size() >= 2);
    }

    @Test
    void aSendWhoseAnswerIsLostIsSettledByItsStatusNotSentTwice() throws InterruptedException {
        Chat chat = chat("WA lost answer", "4917600000011");
        // Meta takes the message but its answer comes after our timeout (PT2S here): the wamid never reaches us.
        answer(chat, sent("wamid.LOST-" + suffix).withFixedDelay(5_000));
        long notice = chat.assign();
        JsonObject send = Eventually.until(() -> GraphApi.sends(chat.bot.number), sends -> !sends.isEmpty(),
                Duration.ofSeconds(20), "the first send").get(0);
        assertEquals("livechat-message:" + notice, send.getString("biz_opaque_callback_data"), send::toString);

        // Its status names the message by that tag, as Meta echoes it, before the grace (PT4S here) ends.
        Thread.sleep(2_500);
        String status = Webhook.fixture("statuses.json", chat.bot.number, "4917600000011", suffix)
                .replace("wamid.SENTMESSAGE-" + suffix, "wamid.LOST-" + suffix)
                .replace("\"recipient_id\":\"4917600000011\"",
                        "\"recipient_id\":\"4917600000011\",\"biz_opaque_callback_data\":\"livechat-message:" + notice + "\"");
        assertEquals(200, new Webhook(base).postSigned(status).statusCode());

        JsonObject read = chat.awaitStatus(notice, "READ");
        Thread.sleep(6_000);
        assertEquals(1, GraphApi.sendRequests(chat.bot.number).size(), "sent once: the status settled it");
        assertEquals("READ", chat.awaitStatus(notice, "READ").getString("deliveryStatus"), read::toString);
    }

    @Test
    void theClosed24HourWindowIsShownInPlainWordsAndNotRetried() throws InterruptedException {
        Chat chat = chat("WA window", "4917600000004");
        answer(chat, error(400, "error-outside-window-response.json"));

        long notice = chat.assign();

        JsonObject failed = chat.awaitStatus(notice, "FAILED");
        assertTrue(failed.getString("failureReason").contains("more than 24 hours since the user last wrote; only a template message can reach them now"), failed::toString);
        Thread.sleep(3_000);
        assertEquals(1, GraphApi.sendRequests(chat.bot.number).size(), "a permanent failure is not retried");
    }

    @Test
    void otherRefusalsAreShownWithTheirCode() {
        Chat chat = chat("WA refused", "4917600000005");
        answer(chat, error(400, "error-undeliverable-response.json"));

        JsonObject failed = chat.awaitStatus(chat.assign(), "FAILED");

        assertTrue(failed.getString("failureReason").contains("131026"), failed::toString);
    }

    @Test
    void aGraphApiThatKeepsFailingIsGivenUpOnAfterTheLastAttempt() {
        Chat chat = chat("WA down", "4917600000006");
        answer(chat, aResponse().withStatus(502).withBody("Bad Gateway"));

        JsonObject failed = chat.awaitStatus(chat.assign(), "FAILED");

        assertTrue(failed.getString("failureReason").contains("could not be reached after 5 attempts"), failed::toString);
        assertEquals(5, GraphApi.sendRequests(chat.bot.number).size());
    }

    @Test
    void statusesMoveTheMessageForwardOnceAndFailuresAreShown() {
        Chat chat = chat("WA statuses", "4917600000007");
        answer(chat, sent("wamid.SENTMESSAGE-" + suffix));
        long notice = chat.assign();
        chat.awaitStatus(notice, "SENT");
        Webhook webhook = new Webhook(base);

        String statuses = Webhook.fixture("statuses.json", chat.bot.number, "4917600000007", suffix);
        assertEquals(200, webhook.postSigned(statuses).statusCode());
        chat.awaitStatus(notice, "READ");
        assertEquals(200, webhook.postSigned(statuses).statusCode());

        Chat failing = chat("WA failed status", "4917600000008");
        answer(failing, sent("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ2MjA4NEYyRkExNjMyREUA-" + suffix));
        long other = failing.assign();
        failing.awaitStatus(other, "SENT");
        assertEquals(200, webhook.postSigned(Webhook.fixture("status-failed.json", failing.bot.number, "4917600000008",
                suffix)).statusCode());
        JsonObject failed = failing.awaitStatus(other, "FAILED");
        assertTrue(failed.getString("failureReason").contains("131049"), failed::toString);
        assertEquals("READ", chat.awaitStatus(notice, "READ").getString("deliveryStatus"), "a replayed status changes nothing");
    }

    @Test
    void statusesThatOvertakeTheSendsAnswerAreAppliedOnceItIsRecorded() {
        Chat chat = chat("WA early statuses", "4917600000010");
        answer(chat, sent("wamid.SENTMESSAGE-" + suffix));
        Webhook webhook = new Webhook(base);
        // Meta's statuses for the wamid arrive before our send has recorded it: here, before it is even made.
        assertEquals(200, webhook.postSigned(Webhook.fixture("statuses.json", chat.bot.number, "4917600000010",
                suffix)).statusCode());
        Database.awaitProcessed(suffix);

        long notice = chat.assign();
        assertEquals("READ", chat.awaitStatus(notice, "READ").getString("deliveryStatus"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM whatsapp_status_early WHERE status_id = ?",
                "wamid.SENTMESSAGE-" + suffix), "applied statuses leave nothing parked");
    }

    @Test
    void theAgentSeesTicksMoveLiveAndAClosedWindowInPlainWords() throws IOException {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA ticks");
        String user = "4917600000011";
        sequence(bot.number, sent("wamid.NOTICE-" + suffix), sent("wamid.TICKS-" + suffix), sent("wamid.LATE-" + suffix));
        String app = Api.site(base);
        try (LiveChatPage agent = LiveChatPage.open(app, fixture.person("agent", "AGENT", bot.id), Fixture.PASSWORD, bot.id)) {
            agent.goOnline(); // before the handover: no "agents are away" notice takes the first send
            long handoverId = bot.handover(user).getJsonNumber("id").longValue();
            agent.select(handoverId);
            agent.click("assign");
            agent.waitForMessage("SYSTEM", NOTICE);
            // The push of the assignment may render the conversation once more: the composer is typed into after it.
            agent.settled();

            agent.reply("Your parcel left today");
            awaitDelivery(agent, "Your parcel left today", "SENT", "Sent");
            Webhook webhook = new Webhook(base);
            for (String[] status : new String[][] {{"delivered", "DELIVERED", "Delivered"}, {"read", "READ", "Read"}}) {
                assertEquals(200, webhook.postSigned(status("wamid.TICKS-" + suffix, status[0], bot.number, user)).statusCode());
                awaitDelivery(agent, "Your parcel left today", status[1], status[2]);
            }
            agent.screenshot("whatsapp-ticks");

            agent.reply("Are you still there?");
            awaitDelivery(agent, "Are you still there?", "SENT", "Sent");
            assertEquals(200, webhook.postSigned(Webhook.fixture("status-failed-outside-window.json", bot.number, user,
                    suffix).replace("wamid.OUTSIDEWINDOW-" + suffix, "wamid.LATE-" + suffix)).statusCode());
            String failure = awaitDelivery(agent, "Are you still there?", "FAILED", "Not delivered");
            assertTrue(failure.contains("Not delivered: more than 24 hours since the user last wrote; only a template"
                    + " message can reach them now"), failure);
            agent.screenshot("whatsapp-not-delivered");
        }
    }

    /**
     * Waits (live, no reload) until the agent's message of that text shows the delivery state; returns what
     * it says. The bubble is looked up each time: a push may render the transcript again meanwhile.
     */
    private static String awaitDelivery(LiveChatPage page, String text, String status, String word) {
        By state = By.xpath("//*[@id='lc:transcript']//div[@data-sender='AGENT'][p[@class='livechat-msg-text' and .='"
                + text + "']]//div[contains(@class, 'livechat-delivery-" + status + "')]");
        return page.waitFor(LiveChatPage.LIVE.plusSeconds(5), "'" + text + "' " + status, d -> {
            String shown = d.findElement(state).getText();
            return shown.contains(word) ? shown : null;
        });
    }

    /** One status of Meta's statuses fixture for the wamid (sent, delivered or read). */
    private static String status(String wamid, String name, String number, String user) {
        JsonObject all = Json.createReader(new java.io.StringReader(Webhook.fixture("statuses.json", number, user, "x")))
                .readObject();
        JsonObject value = all.getJsonArray("entry").getJsonObject(0).getJsonArray("changes").getJsonObject(0)
                .getJsonObject("value");
        JsonObject status = value.getJsonArray("statuses").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals(name)).findFirst().orElseThrow();
        JsonObject one = Json.createObjectBuilder(status).add("id", wamid).build();
        return all.toString().replace(value.getJsonArray("statuses").toString(), "[" + one + "]");
    }

    private Chat chat(String name, String user) {
        WhatsappBot bot = WhatsappBot.connect(fixture, name);
        Api agent = fixture.onlineAgent("agent", bot.id);
        JsonObject handover = bot.handover(user);
        return new Chat(bot, agent, handover, WhatsappBot.conversationOf(handover));
    }

    private static void answer(Chat chat, ResponseDefinitionBuilder response) {
        GraphApi.server().stubFor(post(urlPathEqualTo(GraphApi.messagesPath(chat.bot.number))).willReturn(response));
    }

    /** Answers the sends of the chat's number one after the other; the last answer stays. */
    private static void sequence(Chat chat, ResponseDefinitionBuilder... responses) {
        sequence(chat.bot.number, responses);
    }

    private static void sequence(String number, ResponseDefinitionBuilder... responses) {
        String scenario = "sends of " + number;
        for (int i = 0; i < responses.length; i++) {
            GraphApi.server().stubFor(post(urlPathEqualTo(GraphApi.messagesPath(number)))
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? STARTED : "attempt " + i)
                    .willReturn(responses[i])
                    .willSetStateTo(i == responses.length - 1 ? "attempt " + i : "attempt " + (i + 1)));
        }
    }

    static ResponseDefinitionBuilder sent(String wamid) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withTransformers("response-template")
                .withBody(resource("send-text-response.json")
                        .replace("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", wamid));
    }

    private static ResponseDefinitionBuilder error(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(resource(fixture));
    }

    static String resource(String name) {
        try (InputStream in = WhatsappOutboundIT.class.getResourceAsStream("/whatsapp/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A WhatsApp user's conversation, handed over to an online agent of a connected bot. */
    private record Chat(WhatsappBot bot, Api agent, JsonObject handover, long conversation) {

        /** The agent takes the handover; returns the id of the transfer notice that goes to the user. */
        long assign() {
            ApiResponse assigned = agent.post(assignment(handover), null);
            assertEquals(200, assigned.status(), assigned::toString);
            List<JsonObject> messages = bot.messages(conversation);
            JsonObject notice = messages.get(messages.size() - 1);
            assertEquals(NOTICE, notice.getString("text"));
            return notice.getJsonNumber("id").longValue();
        }

        JsonObject awaitStatus(long messageId, String status) {
            return bot.awaitMessage(conversation, messageId, m -> status.equals(m.getString("deliveryStatus")),
                    "message " + messageId + " " + status);
        }
    }
}
