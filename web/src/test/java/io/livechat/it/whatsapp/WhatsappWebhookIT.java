package io.livechat.it.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.livechat.it.whatsapp.WhatsappBot.conversationOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Meta's webhook as Meta calls it, with the stored documentation payloads: the handshake, the
 * signature, at-least-once and batched delivery, every message type, statuses and errors.
 */
class WhatsappWebhookIT extends ClientIT {

    private Webhook webhook;
    private String suffix;

    @BeforeEach
    void graphApi() {
        webhook = new Webhook(base);
        suffix = Webhook.unique();
        // Notices the handovers of these tests send go out; their outcome is the outbound test's business.
        GraphApi.acceptAnySend();
    }

    @Test
    void theHandshakeEchoesTheChallengeOnlyForTheVerifyToken() {
        HttpResponse<String> ok = webhook.verify("hub.mode=subscribe&hub.verify_token=" + Webhook.VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        assertEquals(200, ok.statusCode());
        assertEquals("1158201444", ok.body());
        assertEquals(403, webhook.verify("hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").statusCode());
        assertEquals(403, webhook.verify("hub.mode=unsubscribe&hub.verify_token=" + Webhook.VERIFY_TOKEN
                + "&hub.challenge=1").statusCode());
        assertEquals(403, webhook.verify("hub.mode=subscribe&hub.challenge=1").statusCode());
    }

    @Test
    void anUnsignedOrWronglySignedPostIsRefusedAndNothingIsStored() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA signature");
        byte[] body = Webhook.fixture("text.json", bot.number, "4915100000001", suffix).getBytes(StandardCharsets.UTF_8);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("another color", "another price")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> missing = webhook.post(body, null);
        HttpResponse<String> wrong = webhook.post(body, "sha256=" + HexFormat.of().formatHex(new byte[32]));
        HttpResponse<String> otherBody = webhook.post(tampered, Webhook.sign(body));
        HttpResponse<String> notHex = webhook.post(body, "sha256=not-a-signature");

        for (HttpResponse<String> refused : List.of(missing, wrong, otherBody, notHex)) {
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(0, Database.inboxRowsWith(suffix), "nothing of a refused POST is stored");

        assertEquals(200, webhook.post(body, Webhook.sign(body)).statusCode());
        assertEquals(1, Database.inboxRowsWith(suffix));
    }

    @Test
    void theSignatureCoversTheEscapedBytesAndTheTextArrivesUnescaped() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA unicode");
        String body = Webhook.fixture("text-escaped-unicode.json", bot.number, "4915100000002", suffix);
        assertTrue(body.contains("Gr\\u00fc\\u00dfe"), "the payload escapes non-ASCII as Meta does");

        assertEquals(200, webhook.postSigned(body).statusCode());

        Database.awaitProcessed(suffix);
        long conversation = conversationOf(bot.handover("4915100000002"));
        assertEquals("Grüße aus München ☕ 😀", bot.awaitUserMessages(conversation, 1).get(0).getString("text"));
    }

    @Test
    void aPayloadDeliveredThreeTimesYieldsOneMessage() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA duplicate");
        String body = Webhook.fixture("text.json", bot.number, "4915100000003", suffix);

        for (int i = 0; i < 3; i++) {
            assertEquals(200, webhook.postSigned(body).statusCode());
        }

        assertEquals(3, Database.inboxRowsWith(suffix), "every delivery is stored");
        Database.awaitProcessed(suffix);
        long conversation = conversationOf(bot.handover("4915100000003"));
        List<JsonObject> messages = bot.userMessages(conversation);
        assertEquals(1, messages.size(), messages::toString);
        assertEquals("Does it come in another color?", messages.get(0).getString("text"));
    }

    @Test
    void wamidsThatDifferOnlyInCaseAreTwoMessages() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA wamid case");
        String body = Webhook.fixture("text.json", bot.number, "4915100000011", suffix);
        String sameButCase = body.replace("wamid.HBgL", "wamid.hbgl");

        assertEquals(200, webhook.postSigned(body).statusCode());
        assertEquals(200, webhook.postSigned(sameButCase).statusCode());

        Database.awaitProcessed(suffix);
        long conversation = conversationOf(bot.handover("4915100000011"));
        List<JsonObject> messages = bot.userMessages(conversation);
        assertEquals(2, messages.size(), messages::toString);
    }

    @Test
    void everyEntryAndMessageOfABatchIsHandled() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA batch");
        String body = Webhook.fixture("batch.json", bot.number, "4915100000004", suffix)
                .replace("16505550000", "4915100000005");

        assertEquals(200, webhook.postSigned(body).statusCode());

        Database.awaitProcessed(suffix);
        List<JsonObject> first = bot.awaitUserMessages(conversationOf(bot.handover("4915100000004")), 2);
        List<JsonObject> second = bot.awaitUserMessages(conversationOf(bot.handover("4915100000005")), 1);
        assertEquals(List.of("First of the batch", "Second of the batch"), texts(first).stream().sorted().toList());
        assertEquals(List.of("Third, in another entry"), texts(second));
    }

    @Test
    void aMessageThatCanNeverBeProcessedIsParkedAndTheOthersOfItsBatchAreStored() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA parked");
        String body = Webhook.fixture("batch.json", bot.number, "4915100000012", suffix)
                .replace("16505550000", "4915100000013")
                .replaceFirst("\"id\"\\s*:\\s*\"wamid\\.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQkFUQ0gy[^\"]*\"\\s*,", "");
        assertTrue(body.contains("Second of the batch") && !body.contains("QkFUQ0gy"), body);

        assertEquals(200, webhook.postSigned(body).statusCode());

        Database.awaitProcessed(suffix);
        assertEquals(List.of("First of the batch"),
                texts(bot.awaitUserMessages(conversationOf(bot.handover("4915100000012")), 1)));
        assertEquals(List.of("Third, in another entry"),
                texts(bot.awaitUserMessages(conversationOf(bot.handover("4915100000013")), 1)));
        ApiResponse parked = fixture.admin().get("api/v1/bots/" + bot.id + "/whatsapp/parked");
        assertEquals(200, parked.status(), parked::toString);
        assertEquals(1, parked.array().size(), parked::toString);
        JsonObject kept = parked.array().getJsonObject(0);
        assertEquals("The message has no id (wamid)", kept.getString("reason"));
        assertTrue(kept.getString("payload").contains("Second of the batch"), kept::toString);
        ApiResponse live = fixture.anonymous().get("health/live");
        assertTrue(live.body().contains("\"parkedMessages\""), live::toString);
        assertEquals(403, fixture.as(fixture.person("agent", "AGENT", bot.id)).get("api/v1/bots/" + bot.id
                + "/whatsapp/parked").status(), "admins only");
    }

    @Test
    void repliesTakeTheirTitleAsTextAndTheirIdAsChoice() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA replies");
        String user = "4915100000006";
        for (String name : List.of("text.json", "interactive-button-reply.json", "interactive-list-reply.json", "button.json")) {
            assertEquals(200, webhook.postSigned(Webhook.fixture(name, bot.number, user, suffix)).statusCode());
        }

        Database.awaitProcessed(suffix);
        List<JsonObject> messages = bot.awaitUserMessages(conversationOf(bot.handover(user)), 4);
        Map<String, String> choices = messages.stream().filter(m -> m.get("choiceId") != null
                        && m.get("choiceId").getValueType() == jakarta.json.JsonValue.ValueType.STRING)
                .collect(Collectors.toMap(m -> m.getString("text"), m -> m.getString("choiceId")));
        assertEquals(Map.of("Cancel", "cancel-button", "Billing", "opt-billing", "Talk to an agent", "talk-to-agent"), choices);
        assertTrue(texts(messages).contains("Does it come in another color?"));
    }

    @Test
    void theBotAnswersAFirstMessageWithItsChoicesAsReplyButtons() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA bot menu");
        String user = "4915100000099";
        assertEquals(200, webhook.postSigned(Webhook.fixture("text.json", bot.number, user, suffix)).statusCode());

        List<JsonObject> sent = Eventually.until(() -> GraphApi.server()
                        .findAll(postRequestedFor(urlPathEqualTo(GraphApi.messagesPath(bot.number)))).stream()
                        .map(request -> Json.createReader(new StringReader(request.getBodyAsString())).readObject())
                        .filter(body -> user.equals(body.getString("to", "")))
                        .filter(body -> "interactive".equals(body.getString("type", "")))
                        .toList(),
                list -> !list.isEmpty(), Duration.ofSeconds(30), "the bot's menu sent to WhatsApp");
        JsonObject interactive = sent.get(0).getJsonObject("interactive");
        assertEquals("button", interactive.getString("type"));
        assertEquals("How can I help?", interactive.getJsonObject("body").getString("text"));
        List<String> titles = interactive.getJsonObject("action").getJsonArray("buttons").stream()
                .map(button -> button.asJsonObject().getJsonObject("reply").getString("title")).toList();
        assertEquals(List.of("I have a question", "Just looking around", "Talk to an agent"), titles);
    }

    @Test
    void mediaIsDownloadedWithTheBotsTokenAndStoredChecked() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA media");
        String user = "4915100000007";
        Map<String, String> fixtures = Map.of("image.json", "1003383421387256", "document.json", "2003383421387256",
                "audio-voice.json", "3003383421387256", "video.json", "4003383421387256", "sticker.json", "5003383421387256");
        Map<String, byte[]> contents = new java.util.HashMap<>();
        fixtures.forEach((name, mediaId) -> {
            String unique = mediaId + suffix.hashCode();
            byte[] content = ("file of " + name + " " + suffix).getBytes(StandardCharsets.UTF_8);
            contents.put(name, content);
            GraphApi.media(unique.replace("-", ""), bot.token, "application/x-test-" + name.replace(".json", ""), content);
            String body = Webhook.fixture(name, bot.number, user, suffix)
                    .replace(mediaId, unique.replace("-", ""))
                    .replace("SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=",
                            Base64.getEncoder().encodeToString(HexFormat.of().parseHex(GraphApi.sha256(content))))
                    .replace("\"SHA256\"", "\"" + GraphApi.sha256(content) + "\"");
            assertEquals(200, webhook.postSigned(body).statusCode());
        });

        Database.awaitProcessed(suffix);
        List<JsonObject> messages = bot.awaitUserMessages(conversationOf(bot.handover(user)), 5);
        Map<String, JsonObject> byText = messages.stream().collect(Collectors.toMap(m -> m.getString("text"), m -> m));
        assertEquals(java.util.Set.of("[Image] Taj Mahal", "[Document: invoice.pdf] My invoice", "[Voice message]",
                "[Video] Unboxing", "[Sticker]"), byText.keySet());
        assertStored(byText.get("[Image] Taj Mahal"), "image", contents.get("image.json"));
        assertStored(byText.get("[Document: invoice.pdf] My invoice"), "document", contents.get("document.json"));
        assertStored(byText.get("[Voice message]"), "audio", contents.get("audio-voice.json"));
        assertStored(byText.get("[Video] Unboxing"), "video", contents.get("video.json"));
        assertStored(byText.get("[Sticker]"), "image", contents.get("sticker.json"));
    }

    @Test
    void aFileThatDoesNotMatchItsChecksumIsNotStoredButTheMessageIsKept() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA corrupt");
        String user = "4915100000008";
        String mediaId = "9" + Math.abs(suffix.hashCode());
        GraphApi.media(mediaId, bot.token, "image/jpeg", "the real bytes".getBytes(StandardCharsets.UTF_8));
        String body = Webhook.fixture("image.json", bot.number, user, suffix).replace("1003383421387256", mediaId);

        assertEquals(200, webhook.postSigned(body).statusCode());

        Database.awaitProcessed(suffix);
        JsonObject message = bot.awaitUserMessages(conversationOf(bot.handover(user)), 1).get(0);
        assertEquals("[Image] Taj Mahal (the file could not be downloaded from WhatsApp)", message.getString("text"));
        assertEquals(0, media(message).getJsonArray("attachments").size());
    }

    @Test
    void locationsContactsAndUnsupportedTypesStayVisible() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA other types");
        String user = "4915100000009";
        for (String name : List.of("location.json", "contacts.json", "unsupported.json", "reaction.json")) {
            assertEquals(200, webhook.postSigned(Webhook.fixture(name, bot.number, user, suffix)).statusCode());
        }

        Database.awaitProcessed(suffix);
        long conversation = conversationOf(bot.handover(user));
        List<String> texts = texts(bot.awaitUserMessages(conversation, 4));
        assertTrue(texts.contains("[Location] Monas, Gambir, Central Jakarta (-6.2087634, 106.845599)"), texts::toString);
        JsonObject location = bot.userMessages(conversation).stream()
                .filter(m -> m.getString("text").startsWith("[Location]")).findFirst().map(this::media).orElseThrow()
                .getJsonObject("location");
        assertEquals(-6.2087634, location.getJsonNumber("latitude").doubleValue(), 1e-7);
        assertEquals(106.845599, location.getJsonNumber("longitude").doubleValue(), 1e-7);
        assertEquals("Monas", location.getString("name"));
        assertTrue(texts.contains("[The user shared a contact card: Budi Santoso (+62 812 3456 7890)]"), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("cannot show (unsupported)")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("cannot show (reaction)")), texts::toString);
    }

    @Test
    void anUnknownNumberIsAcknowledgedAndValueErrorsAreKept() {
        String stranger = Webhook.number();
        assertEquals(200, webhook.postSigned(Webhook.fixture("text.json", stranger, "4915100000010", suffix)).statusCode());
        long before = Database.count("SELECT COUNT(*) FROM whatsapp_error WHERE phone_number_id = ?", stranger);
        assertEquals(200, webhook.postSigned(Webhook.fixture("value-errors.json", stranger, "4915100000010", suffix))
                .statusCode());

        Eventually.until(() -> Database.count("SELECT COUNT(*) FROM whatsapp_error WHERE phone_number_id = ? AND code = 131000",
                stranger), n -> n == before + 1, Duration.ofSeconds(30), "the value-level error kept");
        Database.awaitProcessed(stranger);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM message WHERE external_id LIKE ?", "%-" + suffix));
    }

    private void assertStored(JsonObject message, String kind, byte[] content) {
        JsonObject media = media(message);
        JsonObject attachment = media.getJsonArray("attachments").getJsonObject(0);
        assertEquals(kind, attachment.getString("kind"));
        assertEquals(content.length, attachment.getJsonNumber("size").longValue());
        assertEquals(GraphApi.sha256(content), attachment.getString("sha256"));
        HttpResponse<byte[]> file = WhatsappBot.download(fixture, attachment.getString("contentPath"));
        assertEquals(200, file.statusCode());
        assertArrayEquals(content, file.body());
    }

    private JsonObject media(JsonObject message) {
        ApiResponse media = fixture.admin().get("api/v1/whatsapp/messages/" + message.getJsonNumber("id") + "/media");
        assertEquals(200, media.status(), media::toString);
        return media.object();
    }

    private static List<String> texts(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getString("text")).toList();
    }
}
