package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.RoundRobinProxy;
import io.livechat.it.support.SecondNode;
import io.livechat.it.whatsapp.Eventually;
import io.livechat.it.widget.VisitorSocket;
import io.livechat.it.widget.WidgetClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An agent's console behind a round-robin balancer in front of two nodes, with no sticky sessions:
 * the shared server (A) and a second node (B). Every request of the page goes to the other node
 * than the one before, and the agent signs in, goes online, takes a handover and chats as on one
 * server; then node B dies in the middle of the chat, and the page goes on on node A: its push
 * socket opens again there, the visitor's next message shows live, the agent's reply reaches the
 * visitor, and nothing of the conversation is lost.
 *
 * <p>Disabled on the class, so that its second node is not started for a test that does not run.
 */
@Disabled("Passed 5 of 7 runs on this machine: in 2 the visitor's first message after the failover did not show on the"
        + " page whose push socket had moved to the surviving node (README 'Clustering'); enable it to check a change to"
        + " session replication or the push")
class RoundRobinConsoleIT extends ClientIT {

    private static final String ORIGIN = "https://shop.example.com";
    /** How long a page may take to notice its socket's node died and open the socket on the other. */
    private static final Duration RECONNECT = Duration.ofSeconds(30);
    /**
     * Counts the page's WebSocket openings and those open now: OmniFaces opens the socket again after
     * it dropped without telling the page.
     */
    private static final String SOCKET_WATCH = """
        (function () {
            var Native = window.WebSocket;
            window.socketOpens = 0;
            window.socketsOpen = 0;
            window.socketCloses = [];
            window.WebSocket = function (url, protocols) {
                var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
                var open = false;
                socket.addEventListener('open', function () {
                    open = true;
                    window.socketOpens++;
                    window.socketsOpen++;
                });
                socket.addEventListener('close', function (event) {
                    window.socketCloses.push(event.code);
                    if (open) { open = false; window.socketsOpen--; }
                });
                return socket;
            };
            window.WebSocket.prototype = Native.prototype;
            ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (state) {
                window.WebSocket[state] = Native[state];
            });
        })();""";

    @RegisterExtension
    static final SecondNode nodeB = new SecondNode();

    @Test
    void anAgentChatsThroughARoundRobinBalancerAndGoesOnWhenANodeDies() throws Exception {
        long botId = fixture.bot("Round robin");
        String widgetKey = fixture.widgetKey(botId, ORIGIN);
        String username = fixture.person("agent", "AGENT", botId);
        Api agentApi = fixture.as(username);
        // The page's socket on node B, the one the test kills; every other request alternates.
        try (RoundRobinProxy balancer = RoundRobinProxy.of(Api.loopback(base), nodeB.base()).socketsTo(1);
             LiveChatPage agent = LiveChatPage.openFromDashboard(balancer.base(), username, Fixture.PASSWORD, botId, SOCKET_WATCH)) {
            try {
                awaitSocketOpen(agent, 1);
                agent.settled(); // the socket's opening refreshes the page
                agent.goOnline();

                // The visitor's widget talks to node A, which stays up.
                WidgetClient widget = new WidgetClient(Api.site(base), widgetKey);
                WidgetClient.Reply session = widget.post("sessions", ORIGIN, "{}", null);
                assertEquals(200, session.status(), session::toString);
                try (VisitorSocket visitor = VisitorSocket.open(widget, ORIGIN, session.json().getString("token"))) {
                    long handoverId = handOver(visitor, agentApi, botId);
                    agent.select(handoverId);
                    agent.waitForMessage("USER", "Hello, I need help");
                    agent.click("assign");
                    agent.waitForMessage("SYSTEM", "You are being transferred to Agent");
                    assertTrue(agent.state().startsWith("Assigned to Agent"), agent.state());
                    agent.settled();
                    agent.reply("Hello through the balancer");
                    visitor.awaitMessage(message -> "Hello through the balancer".equals(message.getString("text")),
                            "the agent's first reply");
                    visitor.say("Thanks, before the failure", null);
                    agent.waitForMessage("USER", "Thanks, before the failure");
                    stillSignedIn(agent);
                    List<Integer> served = balancer.served();
                    assertTrue(served.get(0) > 3 && served.get(1) > 3, "both nodes served the page: " + served);

                    assertEquals(List.of(0, 1), balancer.sockets(), "the page's push socket is on node B");
                    long opened = opens(agent);
                    nodeB.kill();
                    // OmniFaces opens the socket again, through the balancer, on node A.
                    awaitSocketOpen(agent, opened + 1);
                    assertEquals(List.of(1, 0), balancer.sockets(), "the page's push socket is on node A");

                    visitor.say("Are you still there?", null);
                    try {
                        agent.waitForMessage("USER", "Are you still there?");
                    } catch (RuntimeException e) {
                        throw new AssertionError("After the failover the page shows " + agent.driver.getCurrentUrl() + ": "
                                + agent.driver.findElement(By.tagName("body")).getText().lines().limit(4).toList()
                                + "; its sockets closed with " + closes(agent) + ", the balancer holds " + balancer.sockets(), e);
                    }
                    agent.settled();
                    agent.reply("Still here, on the other node");
                    visitor.awaitMessage(message -> "Still here, on the other node".equals(message.getString("text")),
                            "the agent's reply after the failure");
                    stillSignedIn(agent);
                    assertTrue(agent.state().startsWith("Assigned to Agent"), agent.state());
                    List<String> shown = agent.messageTexts();
                    for (String text : List.of("Hello, I need help", "Hello through the balancer", "Thanks, before the failure",
                            "Are you still there?", "Still here, on the other node")) {
                        assertEquals(1, shown.stream().filter(text::equals).count(), () -> "the page shows '" + text + "' once: " + shown);
                    }
                    List<String> transcript = transcript(agentApi, handoverConversation(agentApi, handoverId));
                    assertTrue(transcript.containsAll(List.of("Hello, I need help", "Hello through the balancer",
                            "Thanks, before the failure", "Are you still there?", "Still here, on the other node")),
                            () -> "the whole conversation is kept: " + transcript);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(whatHappened(agent, balancer), e);
            }
        }
    }

    /** What the page shows and which node had each of the page's requests: the clue when the page fails. */
    private static String whatHappened(LiveChatPage agent, RoundRobinProxy balancer) {
        String page;
        try {
            page = agent.driver.getCurrentUrl() + ": " + agent.driver.findElement(By.tagName("body")).getText().lines()
                    .limit(6).toList() + (agent.driver.findElements(By.id("error-expired")).isEmpty() ? "" : " (Page expired)");
        } catch (RuntimeException e) {
            page = "unreadable (" + e.getMessage() + ")";
        }
        return "The page shows " + page + "; the balancer's requests:\n" + balancer.requests().stream()
                .filter(line -> !line.contains("jakarta.faces.resource")).collect(Collectors.joining("\n"));
    }

    private static void awaitSocketOpen(LiveChatPage agent, long opens) {
        try {
            agent.waitFor(RECONNECT, "the push socket opened " + opens + " times", d -> opens(agent) >= opens
                    && Boolean.TRUE.equals(agent.script("return window.socketsOpen > 0")) ? true : null);
        } catch (RuntimeException e) {
            throw new AssertionError("The push socket did not open; it closed with " + closes(agent), e);
        }
    }

    private static long opens(LiveChatPage agent) {
        return ((Number) agent.script("return window.socketOpens")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> closes(LiveChatPage agent) {
        return (List<Object>) agent.script("return window.socketCloses");
    }

    /** Neither the login page nor "Page expired", nor the dialog that says the session ended. */
    private static void stillSignedIn(LiveChatPage agent) {
        String url = agent.driver.getCurrentUrl();
        assertFalse(url.contains("login.xhtml"), () -> "sent to the login page: " + url);
        assertTrue(agent.driver.findElements(By.id("error-expired")).isEmpty(), "no 'Page expired'");
        assertFalse(Boolean.TRUE.equals(agent.script("return document.getElementById('session-ended').open")),
                "no 'session ended' dialog");
    }

    /** The visitor asks the bot for an agent; the pending handover's id. */
    private static long handOver(VisitorSocket visitor, Api agent, long botId) throws Exception {
        visitor.say("Hello, I need help", null);
        visitor.awaitMessage(message -> message.getJsonArray("choices").stream()
                .anyMatch(choice -> "talk-to-agent".equals(choice.asJsonObject().getString("id"))), "the bot's menu");
        visitor.say("Talk to an agent", "talk-to-agent");
        return Eventually.until(() -> agent.get("api/v1/bots/" + botId + "/handovers").array(),
                list -> !list.isEmpty(), Duration.ofSeconds(30), "the handover").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static long handoverConversation(Api agent, long handoverId) {
        JsonObject handover = agent.get("api/v1/handovers/" + handoverId).object();
        return handover.getJsonNumber("conversationId").longValue();
    }

    private static List<String> transcript(Api agent, long conversationId) {
        JsonArray messages = agent.get("api/v1/conversations/" + conversationId + "/messages").array();
        return messages.stream().map(message -> message.asJsonObject().getString("text", "")).toList();
    }
}
