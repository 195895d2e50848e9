package io.livechat.it.handover;

import static io.livechat.it.support.HandoverPaths.assignment;
import static io.livechat.it.support.HandoverPaths.id;
import static io.livechat.it.support.HandoverPaths.messages;
import static io.livechat.it.support.HandoverPaths.resolution;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each transition the lifecycle forbids is refused with a clear problem and changes nothing. */
class IllegalTransitionIT extends ClientIT {

    private long bot;
    private String botToken;
    private Api agent;

    @BeforeEach
    void setUp() {
        bot = fixture.bot("Rules");
        botToken = fixture.botToken(bot);
        agent = fixture.onlineAgent("agent", bot);
    }

    @Test
    void aPendingHandoverCannotBeResolved() {
        JsonObject handover = fixture.handover(bot, botToken);
        Api manager = fixture.as(fixture.person("manager", "MANAGER", bot));
        assertRefused(manager.post(resolution(handover), null), "illegal-transition", "pending");
        assertState(handover, "PENDING");
    }

    @Test
    void aPendingHandoverCannotBeUnassigned() {
        JsonObject handover = fixture.handover(bot, botToken);
        Api manager = fixture.as(fixture.person("manager", "MANAGER", bot));
        assertRefused(manager.delete(assignment(handover)), "illegal-transition", "pending");
        assertEquals(403, agent.delete(assignment(handover)).status(), "an agent who does not hold it may not, whatever its state");
        assertState(handover, "PENDING");
    }

    @Test
    void aResolvedHandoverCannotBeAssigned() {
        JsonObject handover = resolved();
        int before = transcriptSize(handover);
        assertRefused(agent.post(assignment(handover), null), "illegal-transition", "resolved");
        assertState(handover, "RESOLVED");
        assertEquals(before, transcriptSize(handover), "no notice may be sent for a refused assign");
    }

    @Test
    void aResolvedHandoverCannotBeResolvedAgain() {
        JsonObject handover = resolved();
        assertRefused(agent.post(resolution(handover), null), "illegal-transition", "resolved");
        assertState(handover, "RESOLVED");
    }

    @Test
    void aResolvedHandoverCannotBeUnassigned() {
        JsonObject handover = resolved();
        assertRefused(agent.delete(assignment(handover)), "illegal-transition", "resolved");
        assertState(handover, "RESOLVED");
    }

    @Test
    void anAgentCannotActOnAnotherBotsHandover() {
        JsonObject handover = fixture.handover(bot, botToken);
        long otherBot = fixture.bot("Elsewhere");
        Api stranger = fixture.onlineAgent("stranger", otherBot);
        // Another bot's handover is answered as one that does not exist.
        assertEquals(404, stranger.post(assignment(handover), null).status());
        assertEquals(404, stranger.get("api/v1/handovers/" + id(handover)).status());
        assertEquals(404, stranger.get(messages(handover)).status());
        assertState(handover, "PENDING");

        agent.post(assignment(handover), null);
        assertEquals(404, stranger.post(resolution(handover), null).status());
        assertEquals(404, stranger.delete(assignment(handover)).status());
        assertState(handover, "ASSIGNED");
    }

    private JsonObject resolved() {
        JsonObject handover = fixture.handover(bot, botToken);
        assertEquals(200, agent.post(assignment(handover), null).status());
        assertEquals(200, agent.post(resolution(handover), null).status());
        return handover;
    }

    private void assertState(JsonObject handover, String state) {
        assertEquals(state, fixture.admin().get("api/v1/handovers/" + id(handover)).object().getString("state"));
    }

    private int transcriptSize(JsonObject handover) {
        return fixture.admin().get(messages(handover)).array().size();
    }

    private static void assertRefused(ApiResponse response, String type, String stateWord) {
        assertEquals(409, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
        assertEquals(type, response.problemType());
        String detail = response.object().getString("detail");
        assertEquals(true, detail.contains(" is " + stateWord), detail);
    }
}
