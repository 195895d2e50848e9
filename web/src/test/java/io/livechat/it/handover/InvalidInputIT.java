package io.livechat.it.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.HandoverPaths;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a problem that says what is wrong, and nothing of it is stored. */
class InvalidInputIT extends ClientIT {

    private long bot;
    private Api engine;

    @BeforeEach
    void setUp() {
        bot = fixture.bot("Input");
        engine = fixture.anonymous().as(fixture.botToken(bot));
    }

    @Test
    void aHandoverWithoutBotIsUnprocessable() {
        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(bot, "v-nobot")).remove("botId").build();
        assertUnprocessable(engine.post("api/v1/handovers", request), "botId");
    }

    @Test
    void aHandoverOnAnUnknownChannelIsUnprocessable() {
        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(bot, "v-sms"))
                .add("contact", Json.createObjectBuilder().add("channel", "SMS").add("externalId", "v-sms"))
                .build();
        assertUnprocessable(engine.post("api/v1/handovers", request), "contact.channel");
    }

    @Test
    void aTranscriptLineOfAnAgentIsUnprocessable() {
        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(bot, "v-agent"))
                .add("transcript", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("sender", "AGENT").add("text", "hi")))
                .build();
        assertUnprocessable(engine.post("api/v1/handovers", request), "sender");
        assertEquals(0, fixture.admin().get("api/v1/bots/" + bot + "/handovers").array().size(),
                "nothing of a refused request is stored");
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiResponse response = engine.postRaw("api/v1/handovers", "{\"botId\": ");
        assertEquals(400, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
    }

    @Test
    void anUnknownStateFilterIsUnprocessable() {
        ApiResponse response = fixture.admin().get("api/v1/bots/" + bot + "/handovers?state=LOST");
        assertEquals(422, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
    }

    @Test
    void aBlankReplyIsUnprocessable() {
        JsonObject handover = fixture.handover(bot, fixture.botToken(bot));
        Api agent = fixture.onlineAgent("agent", bot);
        agent.post(HandoverPaths.assignment(handover), null);
        ApiResponse response = agent.post(HandoverPaths.messages(handover),
                Json.createObjectBuilder().add("text", "   ").build());
        assertUnprocessable(response, "text");
    }

    @Test
    void aRoleThatMayNotDoItLearnsThatBeforeWhatIsWrongWithTheBody() {
        long botId = fixture.bot("Roles first");
        Api agent = fixture.as(fixture.person("agent", "AGENT", botId));
        JsonObject invalid = Json.createObjectBuilder().add("nonsense", true).build();
        for (String path : List.of("api/v1/users", "api/v1/bots", "api/v1/handovers")) {
            ApiResponse refused = agent.post(path, invalid);
            assertEquals(403, refused.status(), () -> path + ": " + refused);
            assertEquals("access-denied", refused.problemType());
            assertEquals(422, fixture.admin().post(path, invalid).status(), path + " as an admin");
        }
        ApiResponse widget = agent.put("api/v1/bots/" + botId + "/widget", invalid);
        assertEquals(403, widget.status(), widget::toString);
        assertEquals(422, fixture.admin().put("api/v1/bots/" + botId + "/widget", invalid).status());
    }

    private static void assertUnprocessable(ApiResponse response, String field) {
        assertEquals(422, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
        assertEquals("invalid-input", response.problemType());
        assertTrue(response.object().getString("detail").contains(field), response::toString);
    }
}
