package io.livechat.bench;

import io.livechat.bench.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;

/**
 * What the harness uses of the demo data (bot 1 "Acme Support" with WhatsApp number
 * 106540352242922, the demo logins), and the settings it adds to it: an access token so the bot's
 * WhatsApp answers go out to the Graph API stub, and an allowed origin for the widget.
 */
public final class Demo {

    public static final long BOT = 1;
    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String ADMIN = "admin";
    /** An agent of bot 1. */
    public static final String AGENT = "alice";
    /** The web site the harness's widget visitors are on (.example is reserved: never a real site). */
    public static final String ORIGIN = "https://bench.example";

    private Demo() {
    }

    /** Connects bot 1 to its number with a token, unless a token is set already (a server someone configured). */
    public static void connectWhatsapp(Api api, String adminToken) throws IOException, InterruptedException {
        JsonObject connection = api.get("api/v1/bots/" + BOT + "/whatsapp", adminToken).expect(200, "WhatsApp connection").json();
        if (!connection.getBoolean("accessTokenSet", false)) {
            api.send("PUT", "api/v1/bots/" + BOT + "/whatsapp", adminToken, Json.createObjectBuilder()
                    .add("phoneNumberId", PHONE_NUMBER_ID).add("accessToken", "bench-access-token").build())
                    .expect(200, "connect WhatsApp");
        }
    }

    /** Allows the harness's origin on bot 1's widget (keeping the origins it has) and answers the widget key. */
    public static String allowWidgetOrigin(Api api, String adminToken) throws IOException, InterruptedException {
        JsonObject settings = api.get("api/v1/bots/" + BOT + "/widget", adminToken).expect(200, "widget settings").json();
        JsonArrayBuilder origins = Json.createArrayBuilder();
        boolean allowed = false;
        for (JsonString origin : settings.getJsonArray("allowedOrigins").getValuesAs(JsonString.class)) {
            origins.add(origin);
            allowed |= origin.getString().equals(ORIGIN);
        }
        if (!allowed) {
            api.send("PUT", "api/v1/bots/" + BOT + "/widget", adminToken, Json.createObjectBuilder()
                    .add("allowedOrigins", origins.add(ORIGIN)).build()).expect(200, "allow the widget origin");
        }
        return settings.getString("widgetKey");
    }
}
