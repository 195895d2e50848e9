package io.livechat.it.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.livechat.LiveChatPage;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.SecondNode;
import io.livechat.it.whatsapp.Eventually;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real Payara Micro nodes of one cluster: the shared server (A) and a second node (B) the
 * test starts. A visitor whose socket is open on B gets what an agent does on A, pushed across the
 * cluster, once; what the visitor writes on B is in the transcript A reads; a console open on B
 * shows the handovers made on A as they come; an agent on A rings a visitor whose widget is open on B.
 */
class WidgetClusterIT extends ClientIT {

    private static final String ORIGIN = "https://shop.example.com";

    @RegisterExtension
    static final SecondNode nodeB = new SecondNode();

    @Test
    void anAgentOnOneNodeReachesTheVisitorsSocketOnTheOtherExactlyOnce() throws Exception {
        long botId = fixture.bot("Cluster");
        String widgetKey = fixture.widgetKey(botId, ORIGIN);
        Api agent = fixture.onlineAgent("agent", botId);
        WidgetClient onB = new WidgetClient(nodeB.base().toString(), widgetKey);
        WidgetClient.Reply session = onB.post("sessions", ORIGIN, "{}", null);
        assertEquals(200, session.status(), session::toString);

        try (VisitorSocket visitor = VisitorSocket.open(onB, ORIGIN, session.json().getString("token"))) {
            JsonObject pending = handOver(visitor, agent, botId);
            long conversationId = pending.getJsonNumber("conversationId").longValue();

            ApiResponse assigned = agent.post("api/v1/handovers/" + pending.getJsonNumber("id") + "/assignment", null);
            assertEquals(200, assigned.status(), assigned::toString);
            JsonObject notice = visitor.awaitMessage(message -> "SYSTEM".equals(message.getString("sender"))
                    && message.getString("text").startsWith("You are being transferred to"), "the transfer notice from node A");
            reply(agent, conversationId, "Hello from node A");
            visitor.awaitMessage(message -> "Hello from node A".equals(message.getString("text")), "the agent's reply from node A");

            visitor.say("Thanks, node A", null);
            Eventually.until(() -> transcript(agent, conversationId), messages -> messages.contains("Thanks, node A"),
                    Duration.ofSeconds(10), "the visitor's message on node B in the transcript on node A");

            // The pushes of a node reach the other in turn but are handled on several threads: give a second copy time.
            reply(agent, conversationId, "Last word");
            visitor.awaitMessage(message -> "Last word".equals(message.getString("text")), "the last reply");
            Thread.sleep(1500);
            Map<Long, Long> copies = visitor.messages().stream()
                    .collect(Collectors.groupingBy(message -> message.getJsonNumber("id").longValue(), Collectors.counting()));
            assertEquals(Map.of(), copies.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), () -> "every message comes once: " + visitor.messages());
            assertEquals(1, count(visitor, notice.getString("text")));
            assertEquals(1, count(visitor, "Hello from node A"));
        }
    }

    @Test
    void handoversMadeOnOneNodeShowLiveOnTheConsoleOfAnAgentOnTheOther() throws Exception {
        long botId = fixture.bot("Cluster console");
        String agent = fixture.person("agent", "AGENT", botId);
        String botToken = fixture.botToken(botId);
        try (LiveChatPage onB = LiveChatPage.open(Api.site(nodeB.base()), agent, Fixture.PASSWORD, botId)) {
            onB.goOnline();
            // Several at once: node A's pushes cross the cluster in batches, and every one must arrive.
            List<Long> made = IntStream.range(0, 5)
                    .mapToObj(i -> fixture.handover(botId, botToken).getJsonNumber("id").longValue()).toList();
            made.forEach(onB::item);
        }
    }

    @Test
    void aVisitorWhoseWidgetIsOpenOnTheOtherNodeIsRungFromThisOne() throws Exception {
        long botId = fixture.bot("Cluster call");
        String widgetKey = fixture.widgetKey(botId, ORIGIN);
        ApiResponse calls = fixture.admin().put("api/v1/bots/" + botId + "/calls",
                Json.createObjectBuilder().add("audio", true).add("video", false).build());
        assertEquals(200, calls.status(), calls::toString);
        Api agent = fixture.onlineAgent("agent", botId);
        WidgetClient onB = new WidgetClient(nodeB.base().toString(), widgetKey);
        WidgetClient.Reply session = onB.post("sessions", ORIGIN, "{}", null);
        assertEquals(200, session.status(), session::toString);

        long conversationId;
        try (VisitorSocket visitor = VisitorSocket.open(onB, ORIGIN, session.json().getString("token"))) {
            JsonObject pending = handOver(visitor, agent, botId);
            conversationId = pending.getJsonNumber("conversationId").longValue();
            assertEquals(200, agent.post("api/v1/handovers/" + pending.getJsonNumber("id") + "/assignment", null).status());

            // Node A holds no socket of the visitor: it knows from the presence node B recorded.
            ApiResponse started = agent.post("api/v1/conversations/" + conversationId + "/calls",
                    Json.createObjectBuilder().add("kind", "AUDIO").build());
            assertEquals(201, started.status(), started::toString);
            visitor.awaitFrame("call", frame -> "RINGING".equals(frame.getJsonObject("call").getString("state")),
                    "the ringing call from node A");
            ApiResponse cancelled = agent.post("api/v1/calls/" + started.object().getJsonNumber("id") + "/end", null);
            assertEquals("CANCELLED", cancelled.object().getString("state"), cancelled::toString);
        }
        // The visitor's last socket on node B closed: nobody is left to ring.
        ApiResponse nobody = Eventually.until(() -> agent.post("api/v1/conversations/" + conversationId + "/calls",
                        Json.createObjectBuilder().add("kind", "AUDIO").build()), response -> response.status() == 409,
                Duration.ofSeconds(10), "the refusal once the widget on node B closed");
        assertEquals("visitor-not-connected", nobody.problemType(), nobody::toString);
    }

    /** The visitor on node B asks the bot for an agent; the pending handover, as node A lists it. */
    private static JsonObject handOver(VisitorSocket visitor, Api agent, long botId) throws Exception {
        visitor.say("Hello from node B", null);
        visitor.awaitMessage(message -> message.getJsonArray("choices").stream()
                .anyMatch(choice -> "talk-to-agent".equals(choice.asJsonObject().getString("id"))), "the bot's menu");
        visitor.say("Talk to an agent", "talk-to-agent");
        return Eventually.until(() -> agent.get("api/v1/bots/" + botId + "/handovers").array(),
                list -> !list.isEmpty(), Duration.ofSeconds(30), "the handover on node A").getJsonObject(0);
    }

    private static long count(VisitorSocket visitor, String text) {
        return visitor.messages().stream().filter(message -> text.equals(message.getString("text"))).count();
    }

    private static List<String> transcript(Api agent, long conversationId) {
        JsonArray messages = agent.get("api/v1/conversations/" + conversationId + "/messages").array();
        return messages.stream().map(message -> message.asJsonObject().getString("text")).toList();
    }

    private static void reply(Api agent, long conversationId, String text) {
        ApiResponse sent = agent.post("api/v1/conversations/" + conversationId + "/messages",
                Json.createObjectBuilder().add("text", text).build());
        assertEquals(201, sent.status(), sent::toString);
    }
}
