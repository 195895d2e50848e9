package io.livechat.it.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** A bot connected to its own WhatsApp number, set up through the admin API as an admin would. */
public final class WhatsappBot {

    public final Fixture fixture;
    public final long id;
    public final String number;
    public final String token;

    private WhatsappBot(Fixture fixture, long id, String number, String token) {
        this.fixture = fixture;
        this.id = id;
        this.number = number;
        this.token = token;
    }

    public static WhatsappBot connect(Fixture fixture, String name) {
        long bot = fixture.bot(name);
        String number = Webhook.number();
        String token = "EAAG-test-token-" + Webhook.unique();
        ApiResponse connected = fixture.admin().put("api/v1/bots/" + bot + "/whatsapp", Json.createObjectBuilder()
                .add("phoneNumberId", number).add("accessToken", token).build());
        assertEquals(200, connected.status(), connected::toString);
        return new WhatsappBot(fixture, bot, number, token);
    }

    /**
     * The open handover of the user's conversation, which names it; the caller takes the conversation's
     * id. Opened here unless the bot's workflow handed the user over already (they asked for an agent).
     */
    public JsonObject handover(String waId) {
        ApiResponse created = fixture.admin().post("api/v1/handovers", Json.createObjectBuilder()
                .add("botId", id)
                .add("contact", Json.createObjectBuilder().add("channel", "WHATSAPP").add("externalId", waId))
                .build());
        if (created.status() == 409 && "handover-open".equals(created.problemType())) {
            ApiResponse open = fixture.admin().get("api/v1/handovers/" + created.object().getString("handoverId"));
            assertEquals(200, open.status(), open::toString);
            return open.object();
        }
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    public List<JsonObject> messages(long conversationId) {
        ApiResponse transcript = fixture.admin().get("api/v1/conversations/" + conversationId + "/messages");
        assertEquals(200, transcript.status(), transcript::toString);
        return transcript.array().stream().map(value -> value.asJsonObject()).toList();
    }

    List<JsonObject> userMessages(long conversationId) {
        return messages(conversationId).stream().filter(m -> "USER".equals(m.getString("sender"))).toList();
    }

    List<JsonObject> awaitUserMessages(long conversationId, int count) {
        return Eventually.until(() -> userMessages(conversationId), list -> list.size() >= count, Duration.ofSeconds(30),
                count + " user messages");
    }

    public JsonObject awaitMessage(long conversationId, long messageId, Predicate<JsonObject> done, String what) {
        return Eventually.until(() -> messages(conversationId).stream()
                        .filter(m -> m.getJsonNumber("id").longValue() == messageId).findFirst().orElseThrow(),
                done, Duration.ofSeconds(45), what);
    }

    /** A binary resource of the API, as the admin. */
    static java.net.http.HttpResponse<byte[]> download(Fixture fixture, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            fixture.anonymous().uri(path))
                    .header("Authorization", "Bearer " + fixture.token("admin", Fixture.DEMO_PASSWORD)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static long conversationOf(JsonObject handover) {
        return handover.getJsonNumber("conversationId").longValue();
    }
}
