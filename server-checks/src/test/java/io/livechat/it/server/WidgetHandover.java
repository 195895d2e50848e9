package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Eventually;
import io.livechat.it.widget.VisitorSocket;
import io.livechat.it.widget.WidgetClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;

/**
 * A visitor on a bot's widget who asks for an agent, and the agent who takes it through the API: the
 * walk every server check and cluster check makes. The widget may be served by another node than the
 * agent's API, which is what a cluster check wants.
 */
final class WidgetHandover implements AutoCloseable {

    /** The widget's test page origin; {@link #begin} allows it on the bot. */
    static final String ORIGIN = "https://shop.example.com";

    final VisitorSocket visitor;
    private final Api agent;
    private final String handover;
    private final String conversation;

    private WidgetHandover(VisitorSocket visitor, Api agent, JsonObject pending) {
        this.visitor = visitor;
        this.agent = agent;
        this.handover = "api/v1/handovers/" + pending.getJsonNumber("id");
        this.conversation = "api/v1/conversations/" + pending.getJsonNumber("conversationId") + "/messages";
    }

    /** The visitor opens the widget at {@code widgetNode}, talks to the bot and asks for an agent; it waits in the agent's list. */
    static WidgetHandover begin(Fixture fixture, Api agent, URI widgetNode, long bot) throws Exception {
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + bot + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(ORIGIN)).build());
        assertEquals(200, settings.status(), settings::toString);
        WidgetClient widget = new WidgetClient(widgetNode.toString(), settings.object().getString("widgetKey"));
        WidgetClient.Reply session = widget.post("sessions", ORIGIN, "{}", null);
        assertEquals(200, session.status(), session::toString);
        VisitorSocket visitor = VisitorSocket.open(widget, ORIGIN, session.json().getString("token"));
        try {
            visitor.say("Hello", null);
            visitor.awaitMessage(message -> message.getJsonArray("choices").stream()
                    .anyMatch(choice -> "talk-to-agent".equals(choice.asJsonObject().getString("id"))), "the bot's menu");
            visitor.say("Talk to an agent", "talk-to-agent");
            JsonObject pending = Eventually.until(() -> agent.get("api/v1/bots/" + bot + "/handovers").array(),
                    list -> !list.isEmpty(), Duration.ofSeconds(30), "the visitor's handover in the agent's list")
                    .getJsonObject(0);
            return new WidgetHandover(visitor, agent, pending);
        } catch (Exception | AssertionError e) {
            visitor.close();
            throw e;
        }
    }

    void assign() {
        ApiResponse assigned = agent.post(handover + "/assignment", null);
        assertEquals(200, assigned.status(), assigned::toString);
        visitor.awaitMessage(message -> "You are being transferred to Agent".equals(message.getString("text")),
                "the transfer notice");
    }

    /** The agent replies; the visitor reads it, and (once the caller checks) only once. */
    void reply(String text) {
        ApiResponse reply = agent.post(conversation, Json.createObjectBuilder().add("text", text).build());
        assertEquals(201, reply.status(), reply::toString);
        visitor.awaitMessage(message -> text.equals(message.getString("text")), "the agent's reply");
    }

    void resolve() {
        ApiResponse resolved = agent.post(handover + "/resolution", null);
        assertEquals(200, resolved.status(), resolved::toString);
        visitor.awaitMessage(message -> "Resolved".equals(message.getString("text")), "the resolution notice");
    }

    /** How often the visitor's widget received this text. */
    long received(String text) {
        return visitor.messages().stream().filter(message -> text.equals(message.getString("text"))).count();
    }

    @Override
    public void close() {
        visitor.close();
    }
}
