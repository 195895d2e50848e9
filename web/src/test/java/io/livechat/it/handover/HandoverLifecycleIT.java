package io.livechat.it.handover;

import static io.livechat.it.support.HandoverPaths.assignment;
import static io.livechat.it.support.HandoverPaths.audit;
import static io.livechat.it.support.HandoverPaths.id;
import static io.livechat.it.support.HandoverPaths.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A handover from request to resolution, as bot engines and agents drive it over the API. */
class HandoverLifecycleIT extends ClientIT {

    private long bot;
    private String botToken;
    private Api alice;
    private Api bob;

    @BeforeEach
    void setUp() {
        bot = fixture.bot("Lifecycle");
        botToken = fixture.botToken(bot);
        alice = fixture.onlineAgent("alice", bot);
        bob = fixture.onlineAgent("bob", bot);
    }

    @Test
    void aRequestedHandoverWaitsInTheListWithItsStepAndTranscript() {
        ApiResponse created = fixture.anonymous().as(botToken)
                .post("api/v1/handovers", Fixture.handoverRequest(bot, "visitor-" + Fixture.unique()));
        assertEquals(201, created.status(), created::toString);
        JsonObject handover = created.object();
        long id = handover.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/handovers/" + id));
        assertEquals("PENDING", handover.getString("state"));
        assertEquals("ask-order", handover.getString("step"));
        assertEquals("Order question", handover.getString("reason"));
        assertEquals(JsonValue.NULL, handover.get("assignee"));

        assertTrue(ids(alice.get("api/v1/bots/" + bot + "/handovers?state=PENDING")).contains(id));
        List<String> texts = texts(alice, handover);
        assertEquals(List.of("I need help with my order", "Let me find an agent for you."), texts);
    }

    @Test
    void assignToMeMakesTheAgentTheOwnerAndTellsTheUser() {
        JsonObject handover = fixture.handover(bot, botToken);
        ApiResponse assigned = alice.post(assignment(handover), null);
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("ASSIGNED", assigned.object().getString("state"));
        assertTrue(assigned.object().getString("assignee").startsWith("alice-"));

        JsonObject notice = last(alice.get(messages(handover)));
        assertEquals("SYSTEM", notice.getString("sender"));
        assertEquals("You are being transferred to Agent", notice.getString("text"));
        assertEquals("SENT", notice.getString("deliveryStatus"));
        assertFalse(ids(bob.get("api/v1/bots/" + bot + "/handovers")).contains(id(handover)));
        assertTrue(ids(bob.get("api/v1/bots/" + bot + "/handovers?state=ASSIGNED")).contains(id(handover)));
    }

    @Test
    void onlyTheAssignedAgentChatsWithTheUser() {
        JsonObject handover = fixture.handover(bot, botToken);
        JsonObject reply = Json.createObjectBuilder().add("text", "Hi, I'm here to help").build();
        ApiResponse before = alice.post(messages(handover), reply);
        assertEquals(409, before.status(), before::toString);
        assertEquals("not-assigned", before.problemType());

        alice.post(assignment(handover), null);
        ApiResponse sent = alice.post(messages(handover), reply);
        assertEquals(201, sent.status(), sent::toString);
        assertEquals("AGENT", sent.object().getString("sender"));
        assertTrue(sent.object().getString("author").startsWith("alice-"));
        ApiResponse intruder = bob.post(messages(handover), reply);
        assertEquals(409, intruder.status(), intruder::toString);
        assertEquals("Hi, I'm here to help", last(bob.get(messages(handover))).getString("text"));
    }

    @Test
    void unassignReturnsTheHandoverToTheListForOthers() {
        JsonObject handover = fixture.handover(bot, botToken);
        alice.post(assignment(handover), null);
        ApiResponse unassigned = alice.delete(assignment(handover));
        assertEquals(200, unassigned.status(), unassigned::toString);
        assertEquals("PENDING", unassigned.object().getString("state"));
        assertTrue(ids(bob.get("api/v1/bots/" + bot + "/handovers")).contains(id(handover)));
        assertTrue(last(alice.get(messages(handover))).getString("text").startsWith("You are back in the queue: position "),
                "the user is told they wait again");

        ApiResponse takenByBob = bob.post(assignment(handover), null);
        assertEquals(200, takenByBob.status(), takenByBob::toString);
        assertTrue(takenByBob.object().getString("assignee").startsWith("bob-"));
    }

    @Test
    void resolveRemovesTheHandoverFromTheListAndTellsTheUser() {
        JsonObject handover = fixture.handover(bot, botToken);
        alice.post(assignment(handover), null);
        ApiResponse resolved = alice.post("api/v1/handovers/" + id(handover) + "/resolution", null);
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals("RESOLVED", resolved.object().getString("state"));
        assertTrue(resolved.object().containsKey("resolvedAt"));

        assertFalse(ids(bob.get("api/v1/bots/" + bot + "/handovers")).contains(id(handover)));
        assertFalse(ids(bob.get("api/v1/bots/" + bot + "/handovers?state=ASSIGNED")).contains(id(handover)));
        assertEquals("Resolved", last(alice.get(messages(handover))).getString("text"));

        List<String> trail = alice.get(audit(handover)).array().stream()
                .map(entry -> entry.asJsonObject().getString("action")).toList();
        assertEquals(List.of("REQUESTED", "ASSIGNED", "RESOLVED"), trail);
    }

    @Test
    void aManagerMayResolveAnAgentsHandover() {
        JsonObject handover = fixture.handover(bot, botToken);
        Api manager = fixture.as(fixture.person("manager", "MANAGER", bot));
        alice.post(assignment(handover), null);
        ApiResponse resolved = manager.post("api/v1/handovers/" + id(handover) + "/resolution", null);
        assertEquals(200, resolved.status(), resolved::toString);
    }

    @Test
    void anotherAgentMayNotUnassignOrResolveWhatIsNotTheirs() {
        JsonObject handover = fixture.handover(bot, botToken);
        alice.post(assignment(handover), null);
        assertEquals(403, bob.delete(assignment(handover)).status());
        assertEquals(403, bob.post("api/v1/handovers/" + id(handover) + "/resolution", null).status());
        assertEquals("ASSIGNED", alice.get("api/v1/handovers/" + id(handover)).object().getString("state"));
    }

    @Test
    void anOfflineAgentCannotAssign() {
        JsonObject handover = fixture.handover(bot, botToken);
        alice.put("api/v1/agents/me/presence", Json.createObjectBuilder().add("presence", "OFFLINE").build());
        ApiResponse refused = alice.post(assignment(handover), null);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("agent-offline", refused.problemType());
        assertEquals("PENDING", bob.get("api/v1/handovers/" + id(handover)).object().getString("state"));
    }

    @Test
    void theLoserOfAnAssignIsToldWhoHasIt() {
        JsonObject handover = fixture.handover(bot, botToken);
        alice.post(assignment(handover), null);
        ApiResponse lost = bob.post(assignment(handover), null);
        assertEquals(409, lost.status(), lost::toString);
        assertEquals("already-assigned", lost.problemType());
        assertTrue(lost.object().getString("assignee").startsWith("alice-"));
        assertTrue(lost.object().getString("detail").contains("already assigned to Alice"), lost::toString);
    }

    @Test
    void aConversationHasAtMostOneOpenHandover() {
        String visitor = "visitor-" + Fixture.unique();
        Api engine = fixture.anonymous().as(botToken);
        ApiResponse first = engine.post("api/v1/handovers", Fixture.handoverRequest(bot, visitor));
        assertEquals(201, first.status(), first::toString);
        ApiResponse second = engine.post("api/v1/handovers", Fixture.handoverRequest(bot, visitor));
        assertEquals(409, second.status(), second::toString);
        assertEquals("handover-open", second.problemType());

        alice.post(assignment(first.object()), null);
        alice.post("api/v1/handovers/" + id(first.object()) + "/resolution", null);
        ApiResponse again = engine.post("api/v1/handovers", Fixture.handoverRequest(bot, visitor));
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.object().getJsonNumber("conversationId"), again.object().getJsonNumber("conversationId"));
    }

    @Test
    void anUnknownHandoverIsNotFound() {
        ApiResponse missing = alice.get("api/v1/handovers/987654321");
        assertEquals(404, missing.status(), missing::toString);
        assertEquals("application/problem+json", missing.contentType());
    }


    private static List<Long> ids(ApiResponse list) {
        assertEquals(200, list.status(), list::toString);
        return list.array().stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> texts(Api api, JsonObject handover) {
        return api.get(messages(handover)).array().stream().map(m -> m.asJsonObject().getString("text")).toList();
    }

    private static JsonObject last(ApiResponse transcript) {
        assertEquals(200, transcript.status(), transcript::toString);
        return transcript.array().getJsonObject(transcript.array().size() - 1);
    }
}
