package io.livechat.channel.widget.socket;

import io.livechat.channel.widget.boundary.AgentTyping;
import io.livechat.channel.widget.boundary.Visitor;
import io.livechat.channel.widget.boundary.WidgetDelivery;
import io.livechat.channel.widget.rest.WidgetJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open widget sockets of this node, filed by visitor (a visitor may have several tabs open).
 * Observes what the business tier announces for visitors and pushes it to their sockets; a visitor
 * with no open socket reads it when the widget next connects and catches up.
 */
@ApplicationScoped
public class WidgetSockets {

    private static final Logger LOG = Logger.getLogger(WidgetSockets.class.getName());

    private final Map<String, Set<Session>> open = new ConcurrentHashMap<>();

    void add(Visitor visitor, Session session) {
        open.computeIfAbsent(visitor.address(), address -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(Visitor visitor, Session session) {
        open.computeIfPresent(visitor.address(), (address, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void delivered(@Observes(during = TransactionPhase.AFTER_SUCCESS) WidgetDelivery delivery) {
        send(Visitor.address(delivery.botId(), delivery.visitorId()), Json.createObjectBuilder()
                .add("type", "message").add("message", WidgetJson.message(delivery.message())).build());
    }

    void agentTyping(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentTyping typing) {
        send(Visitor.address(typing.botId(), typing.visitorId()), Json.createObjectBuilder()
                .add("type", "typing").add("name", typing.agentName() == null ? "Agent" : typing.agentName()).build());
    }

    /** Sends to every open socket of the visitor. */
    void send(String address, JsonObject event) {
        for (Session session : open.getOrDefault(address, Set.of())) {
            send(session, event);
        }
    }

    static void send(Session session, JsonObject event) {
        // A session's basic remote takes one message at a time; pushes and replies come from many threads.
        synchronized (session) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.getBasicRemote().sendText(event.toString());
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Widget socket " + session.getId() + " did not take an event", e);
            }
        }
    }
}
