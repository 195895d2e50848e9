package io.livechat.it.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a person sees of themself: presence, and the bots they work with their pending counts. */
class AgentIT extends ClientIT {


    @Test
    void anAgentSeesTheBotsTheyBelongToWithTheirPendingCounts() {
        long busy = fixture.bot("Busy");
        long quiet = fixture.bot("Quiet");
        fixture.bot("Not mine");
        String token = fixture.botToken(busy);
        fixture.handover(busy, token);
        fixture.handover(busy, token);
        Api agent = fixture.as(fixture.person("agent", "AGENT", busy, quiet));

        Map<Long, Long> pending = pendingByBot(agent);

        assertEquals(Map.of(busy, 2L, quiet, 0L), pending);
    }

    @Test
    void anAdminSeesEveryBot() {
        long bot = fixture.bot("Admin sees");
        assertTrue(pendingByBot(fixture.admin()).containsKey(bot));
    }

    @Test
    void presenceIsKeptOnTheServer() {
        Api agent = fixture.as(fixture.person("agent", "AGENT"));
        assertEquals("OFFLINE", agent.get("api/v1/agents/me").object().getString("presence"));
        ApiResponse online = agent.put("api/v1/agents/me/presence", Json.createObjectBuilder().add("presence", "ONLINE").build());
        assertEquals("ONLINE", online.object().getString("presence"));
        assertEquals("ONLINE", agent.get("api/v1/agents/me").object().getString("presence"));

        ApiResponse invalid = agent.put("api/v1/agents/me/presence", Json.createObjectBuilder().add("presence", "AWAY").build());
        assertEquals(422, invalid.status(), invalid::toString);
        assertEquals("ONLINE", agent.get("api/v1/agents/me").object().getString("presence"), "nothing changed");
    }

    @Test
    void theDemoDataGivesEachDemoAgentTheirBotsAndAPendingHandover() {
        Api alice = fixture.anonymous().as(fixture.token("alice", Fixture.DEMO_PASSWORD));
        Api carol = fixture.anonymous().as(fixture.token("carol", Fixture.DEMO_PASSWORD));
        List<String> aliceBots = names(alice);
        assertEquals(List.of("Acme Support"), aliceBots);
        assertEquals(List.of("Globex Sales"), names(carol));
        JsonObject support = alice.get("api/v1/agents/me/bots").array().getJsonObject(0);
        assertTrue(support.getJsonNumber("pending").longValue() >= 1, support::toString);
    }

    private static Map<Long, Long> pendingByBot(Api api) {
        ApiResponse bots = api.get("api/v1/agents/me/bots");
        assertEquals(200, bots.status(), bots::toString);
        return bots.array().stream().map(bot -> bot.asJsonObject()).collect(Collectors.toMap(
                bot -> bot.getJsonNumber("id").longValue(), bot -> bot.getJsonNumber("pending").longValue()));
    }

    private static List<String> names(Api api) {
        return api.get("api/v1/agents/me/bots").array().stream()
                .map(bot -> bot.asJsonObject().getString("name")).toList();
    }
}
