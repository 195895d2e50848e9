package io.livechat.it.whatsapp;

import static io.livechat.it.support.HandoverPaths.assignment;
import static io.livechat.it.whatsapp.WhatsappBot.conversationOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Emoji in WhatsApp texts, both ways, byte for byte: surrogate pairs, skin tones, zero-width-joiner
 * sequences, flags, keycaps and variation selectors, whether Meta sends them as UTF-8 or as JSON
 * escapes; and the text limit, counted in UTF-16 units (an emoji counts 2 or more).
 */
class WhatsappEmojiIT extends ClientIT {

    /** 😀 👍🏽 👩‍👩‍👧‍👦 🏳️‍🌈 🇩🇪 1️⃣ ❤️ 🧑🏿‍💻, with words between them. */
    static final String EMOJI = "Hi \uD83D\uDE00 ok \uD83D\uDC4D\uD83C\uDFFD family "
            + "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 pride \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"
            + " flag \uD83C\uDDE9\uD83C\uDDEA key 1\uFE0F\u20E3 love \u2764\uFE0F coder \uD83E\uDDD1\uD83C\uDFFF\u200D\uD83D\uDCBB";

    private Webhook webhook;
    private String suffix;

    @BeforeEach
    void graphApi() {
        GraphApi.server().resetAll();
        GraphApi.acceptAnySend();
        webhook = new Webhook(base);
        suffix = Webhook.unique();
    }

    @Test
    void emojiInAUsersTextReachTheTranscriptByteForByteSentRawOrEscaped() {
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA emoji in");
        String raw = Webhook.fixture("text.json", bot.number, "4915200000001", suffix + "r")
                .replace("Does it come in another color?", EMOJI + " raw");
        String escaped = Webhook.fixture("text.json", bot.number, "4915200000001", suffix + "e")
                .replace("Does it come in another color?", escape(EMOJI) + " escaped");
        assertTrue(escaped.contains("\\uD83D\\uDC69\\u200D"), "Meta's escaped form: one escape per UTF-16 unit");

        assertEquals(200, webhook.postSigned(raw).statusCode());
        assertEquals(200, webhook.postSigned(escaped).statusCode());

        Database.awaitProcessed(suffix);
        long conversation = conversationOf(bot.handover("4915200000001"));
        // Sent at the same second: either may be stored first.
        List<String> texts = bot.awaitUserMessages(conversation, 2).stream().map(m -> m.getString("text")).sorted().toList();
        assertEquals(List.of(EMOJI + " escaped", EMOJI + " raw"), texts);
        assertArrayEquals((EMOJI + " escaped").getBytes(StandardCharsets.UTF_8),
                texts.get(0).getBytes(StandardCharsets.UTF_8));
        assertArrayEquals((EMOJI + " raw").getBytes(StandardCharsets.UTF_8), texts.get(1).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAgentsReplyWithEmojiReachesTheGraphApiByteForByte() {
        Chat chat = assignedChat("WA emoji out", "4915200000002");
        WhatsappBot bot = chat.bot();
        long conversation = chat.conversation();

        ApiResponse reply = chat.agent().post("api/v1/conversations/" + conversation + "/messages",
                Json.createObjectBuilder().add("text", EMOJI).build());
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(EMOJI, reply.object().getString("text"));
        bot.awaitMessage(conversation, reply.object().getJsonNumber("id").longValue(),
                m -> "SENT".equals(m.getString("deliveryStatus")), "the reply sent");

        // The send of this reply (the notice may be sent again after it): the one tagged with its id.
        String tag = "livechat-message:" + reply.object().getJsonNumber("id").longValue();
        LoggedRequest send = GraphApi.sendRequests(bot.number).stream()
                .filter(request -> tag.equals(json(request).getString("biz_opaque_callback_data", "")))
                .findFirst().orElseThrow();
        JsonObject body = json(send);
        assertEquals(EMOJI, body.getJsonObject("text").getString("body"));
        String sentBytes = new String(send.getBody(), StandardCharsets.UTF_8);
        assertTrue(sentBytes.contains(EMOJI) || sentBytes.contains(escape(EMOJI)),
                "the body holds the text as UTF-8 or as JSON escapes of its UTF-16 units: " + sentBytes);
        assertEquals(EMOJI, bot.messages(conversation).stream().filter(m -> m.getJsonNumber("id").longValue()
                == reply.object().getJsonNumber("id").longValue()).findFirst().orElseThrow().getString("text"));
    }

    @Test
    void aReplyIsLimitedTo4096Utf16UnitsSoAnEmojiCountsTwoOrMore() {
        Chat chat = assignedChat("WA emoji limit", "4915200000003");
        Api agent = chat.agent();
        String path = "api/v1/conversations/" + chat.conversation() + "/messages";
        String grinning = "\uD83D\uDE00";

        ApiResponse full = agent.post(path, Json.createObjectBuilder().add("text", grinning.repeat(2048)).build());
        ApiResponse over = agent.post(path, Json.createObjectBuilder().add("text", grinning.repeat(2048) + "!").build());

        assertEquals(201, full.status(), "2048 emoji are 4096 units: " + full);
        assertEquals(422, over.status(), over::toString);
        assertEquals("text-too-long", over.problemType(), "the channel's rule, with its limit");
        assertEquals("4096", over.object().getString("max"), over::toString);
        assertTrue(over.contentType().startsWith("application/problem+json"), over::toString);
        long stored = chat.bot().messages(chat.conversation()).stream().filter(m -> "AGENT".equals(m.getString("sender"))).count();
        assertEquals(1, stored, "the refused reply is not stored");
    }

    /** A WhatsApp user's conversation of a new bot, assigned to an online agent of it. */
    private Chat assignedChat(String botName, String waId) {
        WhatsappBot bot = WhatsappBot.connect(fixture, botName);
        Api agent = fixture.onlineAgent("agent", bot.id);
        JsonObject handover = bot.handover(waId);
        assertEquals(200, agent.post(assignment(handover), null).status());
        return new Chat(bot, agent, conversationOf(handover));
    }

    private record Chat(WhatsappBot bot, Api agent, long conversation) {
    }

    private static JsonObject json(LoggedRequest request) {
        return Json.createReader(new StringReader(request.getBodyAsString())).readObject();
    }

    /** The text with every non-ASCII UTF-16 unit as a JSON escape, as Meta sends it. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(unit -> escaped.append(unit < 0x80 ? String.valueOf((char) unit)
                : String.format("\\u%04X", unit)));
        return escaped.toString();
    }
}
