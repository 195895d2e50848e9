package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.RoundRobinProxy;
import io.livechat.it.whatsapp.Eventually;
import io.livechat.it.widget.VisitorSocket;
import io.livechat.it.widget.WidgetClient;
import jakarta.json.JsonArray;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;

/**
 * An agent's Live Chat page in Chromium behind a round-robin balancer in front of two nodes of one
 * cluster, with no sticky sessions: every request of the page goes to the other node than the one
 * before, its push socket to node B. The agent signs in, goes online, takes a handover and chats with
 * a visitor whose widget is on node A (each reply reaches the widget exactly once); then node B dies
 * mid-chat, and the page goes on on node A: its push socket opens again there, the visitor's next
 * message shows live, the agent's reply reaches the visitor, and nothing of the conversation is lost.
 * The walk of the cluster test of each server kind ({@code RoundRobinConsoleIT} on Payara Micro,
 * {@code WildFlyClusterIT} on WildFly).
 */
public final class RoundRobinChat {

    private static final String ORIGIN = "https://shop.example.com";
    /** How long a page may take to notice its socket's node died and open the socket on the other. */
    private static final Duration RECONNECT = Duration.ofSeconds(30);
    private static final List<String> CONVERSATION = List.of("Hello, I need help", "Hello through the balancer",
            "Thanks, before the failure", "Are you still there?", "Still here, on the other node");
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

    /** Kills node B at once, as a crashed machine. */
    @FunctionalInterface
    public interface Kill {
        void run() throws Exception;
    }

    private final RoundRobinProxy balancer;
    private final LiveChatPage agent;
    private final VisitorSocket visitor;
    private final Api agentApi;
    private final long botId;

    private RoundRobinChat(RoundRobinProxy balancer, LiveChatPage agent, VisitorSocket visitor, Api agentApi, long botId) {
        this.balancer = balancer;
        this.agent = agent;
        this.visitor = visitor;
        this.agentApi = agentApi;
        this.botId = botId;
    }

    /** The whole walk, with the fixture's admin on node A; {@code killB} kills node B in the middle of the chat. */
    public static void walk(Fixture fixture, URL nodeA, URL nodeB, Kill killB) throws Exception {
        long botId = fixture.bot("Round robin");
        String widgetKey = fixture.widgetKey(botId, ORIGIN);
        String username = fixture.person("agent", "AGENT", botId);
        // The page's socket on node B, the one the test kills; every other request alternates.
        try (RoundRobinProxy balancer = RoundRobinProxy.of(nodeA, nodeB).socketsTo(1);
             LiveChatPage agent = LiveChatPage.openFromDashboard(balancer.base(), username, Fixture.PASSWORD, botId,
                     SOCKET_WATCH)) {
            try {
                try {
                    awaitSocketOpen(agent, 1);
                    agent.settled(); // the socket's opening refreshes the page
                    agent.goOnline();
                } catch (RuntimeException e) {
                    throw new AssertionError("Before going online the page shows " + shows(agent), e);
                }
                // The visitor's widget talks to node A, which stays up.
                WidgetClient widget = new WidgetClient(Api.site(nodeA), widgetKey);
                WidgetClient.Reply session = widget.post("sessions", ORIGIN, "{}", null);
                assertEquals(200, session.status(), session::toString);
                try (VisitorSocket visitor = VisitorSocket.open(widget, ORIGIN, session.json().getString("token"))) {
                    RoundRobinChat chat = new RoundRobinChat(balancer, agent, visitor, fixture.as(username), botId);
                    long handoverId = chat.beforeTheFailure();
                    chat.afterTheFailure(killB);
                    chat.nothingLost(handoverId);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("The balancer's requests (which node had each, when):\n" + requests(balancer), e);
            }
        }
    }

    /** The page's requests but its resources, oldest first: whether two of them overlapped on the two nodes. */
    private static String requests(RoundRobinProxy balancer) {
        return balancer.requests().stream().filter(line -> !line.contains("jakarta.faces.resource"))
                .collect(Collectors.joining("\n"));
    }

    /** Takes the visitor's handover and chats, the page's requests on both nodes in turn; the handover's id. */
    private long beforeTheFailure() throws Exception {
        long handoverId = handOver();
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
        stillSignedIn();
        List<Integer> served = balancer.served();
        assertTrue(served.get(0) > 3 && served.get(1) > 3, "both nodes served the page: " + served);
        assertEquals(List.of(0, 1), balancer.sockets(), "the page's push socket is on node B");
        return handoverId;
    }

    /** Node B dies; the page's socket opens again on node A and the chat goes on there. */
    private void afterTheFailure(Kill killB) throws Exception {
        long opened = opens(agent);
        killB.run();
        // OmniFaces opens the socket again, through the balancer, on node A.
        awaitSocketOpen(agent, opened + 1);
        assertEquals(List.of(1, 0), balancer.sockets(), "the page's push socket is on node A");
        visitor.say("Are you still there?", null);
        try {
            agent.waitForMessage("USER", "Are you still there?");
        } catch (RuntimeException e) {
            throw new AssertionError("After the failover the page shows " + shows(agent) + "; its sockets closed with "
                    + closes(agent) + ", the balancer holds " + balancer.sockets(), e);
        }
        agent.settled();
        agent.reply("Still here, on the other node");
        visitor.awaitMessage(message -> "Still here, on the other node".equals(message.getString("text")),
                "the agent's reply after the failure");
        stillSignedIn();
        assertTrue(agent.state().startsWith("Assigned to Agent"), agent.state());
    }

    /** Each message once on the page, each reply once on the widget, all of them in the transcript. */
    private void nothingLost(long handoverId) throws InterruptedException {
        List<String> shown = agent.messageTexts();
        for (String text : CONVERSATION) {
            assertEquals(1, shown.stream().filter(text::equals).count(), () -> "the page shows '" + text + "' once: " + shown);
        }
        Thread.sleep(1_000); // a second copy of the last reply, from the other node, would be here by now
        for (String reply : List.of("Hello through the balancer", "Still here, on the other node")) {
            assertEquals(1, visitor.messages().stream().filter(message -> reply.equals(message.getString("text"))).count(),
                    () -> "the widget receives '" + reply + "' once, not once per node: " + visitor.messages());
        }
        long conversationId = agentApi.get("api/v1/handovers/" + handoverId).object()
                .getJsonNumber("conversationId").longValue();
        JsonArray messages = agentApi.get("api/v1/conversations/" + conversationId + "/messages").array();
        List<String> transcript = messages.stream().map(message -> message.asJsonObject().getString("text", "")).toList();
        assertTrue(transcript.containsAll(CONVERSATION), () -> "the whole conversation is kept: " + transcript);
    }

    /** The visitor asks the bot for an agent; the pending handover's id. */
    private long handOver() throws Exception {
        visitor.say("Hello, I need help", null);
        visitor.awaitMessage(message -> message.getJsonArray("choices").stream()
                .anyMatch(choice -> "talk-to-agent".equals(choice.asJsonObject().getString("id"))), "the bot's menu");
        visitor.say("Talk to an agent", "talk-to-agent");
        return Eventually.until(() -> agentApi.get("api/v1/bots/" + botId + "/handovers").array(),
                list -> !list.isEmpty(), Duration.ofSeconds(30), "the handover").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** Neither the login page nor "Page expired", nor the dialog that says the session ended. */
    private void stillSignedIn() {
        String url = agent.driver.getCurrentUrl();
        assertFalse(url.contains("login.xhtml"), () -> "sent to the login page: " + url);
        assertTrue(agent.driver.findElements(By.id("error-expired")).isEmpty(), "no 'Page expired'");
        assertFalse(Boolean.TRUE.equals(agent.script("return document.getElementById('session-ended').open")),
                "no 'session ended' dialog");
    }

    /** Where the page is and its first lines, for a failure's message. */
    private static String shows(LiveChatPage agent) {
        return agent.driver.getCurrentUrl() + ": " + agent.driver.findElement(By.tagName("body")).getText().lines().limit(4).toList();
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
}
