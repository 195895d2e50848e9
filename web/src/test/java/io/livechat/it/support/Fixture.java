package io.livechat.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;

/**
 * Sets up what a test needs through the public API, as an admin would: its own bot, people and
 * bot token, so tests do not depend on each other or on the demo data beyond the demo admin.
 */
public final class Fixture {

    public static final String DEMO_PASSWORD = "livechat-demo";
    public static final String PASSWORD = "correct-horse-battery";

    private final Api anonymous;
    private final Api admin;

    private Fixture(Api anonymous, String adminUsername, String adminPassword) {
        this.anonymous = anonymous;
        this.admin = anonymous.as(token(adminUsername, adminPassword));
    }

    /** The fixture of a server with demo data: its admin sets up. */
    public static Fixture at(URL base) {
        return at(base, "admin", DEMO_PASSWORD);
    }

    /** The fixture of a server whose admin is this one (the first admin of an external database, say). */
    public static Fixture at(URL base, String adminUsername, String adminPassword) {
        return new Fixture(Api.at(base), adminUsername, adminPassword);
    }

    public Api anonymous() {
        return anonymous;
    }

    public Api admin() {
        return admin;
    }

    public String token(String username, String password) {
        ApiResponse response = anonymous.post("api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
        assertEquals(200, response.status(), () -> "token for " + username + ": " + response);
        return response.object().getString("access_token");
    }

    /** The API as this person (created by {@link #person}). */
    public Api as(String username) {
        return anonymous.as(token(username, PASSWORD));
    }

    public long bot(String name) {
        ApiResponse created = admin.post("api/v1/bots", Json.createObjectBuilder().add("name", name + " " + unique()).build());
        assertEquals(201, created.status(), created::toString);
        return created.object().getJsonNumber("id").longValue();
    }

    /** A new person of the role, member of the bots; returns the username. */
    public String person(String prefix, String role, long... botIds) {
        String username = prefix + "-" + unique();
        ApiResponse created = admin.post("api/v1/users", Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " " + username)
                .add("role", role)
                .add("password", PASSWORD)
                .build());
        assertEquals(201, created.status(), created::toString);
        for (long botId : botIds) {
            ApiResponse added = admin.put("api/v1/bots/" + botId + "/members/" + username, null);
            assertEquals(204, added.status(), added::toString);
        }
        return username;
    }

    /** A new agent of the bot who is online; returns the API as them. */
    public Api onlineAgent(String prefix, long botId) {
        Api agent = as(person(prefix, "AGENT", botId));
        goOnline(agent);
        return agent;
    }

    public static void goOnline(Api person) {
        ApiResponse online = person.put("api/v1/agents/me/presence",
                Json.createObjectBuilder().add("presence", "ONLINE").build());
        assertEquals(200, online.status(), online::toString);
    }

    public String botToken(long botId) {
        ApiResponse created = admin.post("api/v1/bots/" + botId + "/tokens",
                Json.createObjectBuilder().add("label", "test engine").build());
        assertEquals(201, created.status(), created::toString);
        return created.object().getString("token");
    }

    /** Lets pages of the origin embed the bot's widget; returns the widget key. */
    public String widgetKey(long botId, String origin) {
        ApiResponse settings = admin.put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(origin)).build());
        assertEquals(200, settings.status(), settings::toString);
        return settings.object().getString("widgetKey");
    }

    /** A handover request for a new web visitor, with a short transcript. */
    public static JsonObject handoverRequest(long botId, String visitor) {
        JsonArrayBuilder transcript = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("sender", "USER").add("text", "I need help with my order"))
                .add(Json.createObjectBuilder().add("sender", "BOT").add("text", "Let me find an agent for you."));
        return Json.createObjectBuilder()
                .add("botId", botId)
                .add("contact", Json.createObjectBuilder().add("channel", "WEB").add("externalId", visitor)
                        .add("name", "Visitor " + visitor))
                .add("step", "ask-order")
                .add("reason", "Order question")
                .add("transcript", transcript)
                .build();
    }

    /** Requests a handover for a new visitor through the bot engine's token; returns the handover. */
    public JsonObject handover(long botId, String botToken) {
        ApiResponse created = anonymous.as(botToken).post("api/v1/handovers", handoverRequest(botId, "visitor-" + unique()));
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
