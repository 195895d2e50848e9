package io.livechat.channel.widget.socket;

import io.livechat.call.boundary.CallJoin;
import io.livechat.call.boundary.VisitorCalls;
import io.livechat.channel.widget.boundary.CatchUp;
import io.livechat.channel.widget.boundary.Visitor;
import io.livechat.channel.widget.boundary.WidgetVisitors;
import io.livechat.channel.widget.rest.WidgetJson;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.json.Jsonp;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The widget's live connection ({@code /widget/socket?key=}; {@link WidgetOriginFilter} has checked
 * the page's origin). The widget's first frame is {@code hello} with its session token and the id of
 * the last message it has; the socket answers with everything after it, then {@code ready}, and
 * {@code handover} (where their handover stands), and from then on pushes new messages, agent typing,
 * handover changes and calls ({@code call}, {@code call-join}, {@code call-signal}). The visitor sends
 * {@code message} (with the widget's own id of it, so a resend counts once), {@code typing},
 * {@code queue} (asking for their place in the queue again, answered with {@code handover}), and
 * {@code call-accept}, {@code call-end}, {@code call-signal}.
 */
@ServerEndpoint(WidgetSocket.PATH)
public class WidgetSocket {

    static final String PATH = "/widget/socket";
    static final String KEY = "key";
    private static final String VISITOR = "livechat.visitor";
    private static final String LAST_QUEUE_ASK = "livechat.queueAsked";
    /** How often a widget's ask for its place in the queue is answered; it asks every 15 s (loader.js). */
    static final Duration QUEUE_ASKS_EVERY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(WidgetSocket.class.getName());

    @Inject
    private WidgetVisitors visitors;

    @Inject
    private WidgetSockets sockets;

    @Inject
    private VisitorCalls calls;

    @OnMessage(maxMessageSize = 32 * 1024)
    public void receive(Session session, String frame) throws IOException {
        try {
            JsonObject event;
            try (JsonReader reader = Jsonp.createReader(new StringReader(frame))) {
                event = reader.readObject();
            }
            Visitor visitor = (Visitor) session.getUserProperties().get(VISITOR);
            String type = event.getString("type", "");
            if (type.equals("hello")) {
                hello(session, event);
            } else if (visitor == null) {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "hello first"));
            } else if (type.equals("message")) {
                message(session, visitor, event);
            } else if (type.equals("typing")) {
                visitors.typing(visitor);
            } else if (type.equals("queue")) {
                queue(session, visitor);
            } else if (type.startsWith("call-")) {
                call(session, visitor, type, event);
            }
        } catch (JsonException | ClassCastException e) {
            WidgetSockets.send(session, error("unreadable", "A frame is a JSON object"));
        } catch (BusinessException e) {
            WidgetSockets.send(session, error(e.type(), e.getMessage()));
        }
    }

    private void hello(Session session, JsonObject event) throws IOException {
        Visitor visitor;
        try {
            visitor = visitors.authenticate(event.getString("token", ""));
            List<String> keys = session.getRequestParameterMap().getOrDefault(KEY, List.of());
            if (keys.isEmpty() || visitors.botOfKey(keys.get(0)) != visitor.botId()) {
                throw new AccessDeniedException("This session belongs to another widget");
            }
        } catch (BusinessException e) {
            WidgetSockets.send(session, error("session-unknown", e.getMessage()));
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session unknown"));
            return;
        }
        session.getUserProperties().put(VISITOR, visitor);
        // Registered before reading the backlog: a message committed in between comes twice, never
        // not at all, and the widget drops what it has by id.
        sockets.add(visitor, session);
        JsonNumber after = event.getJsonNumber("after");
        CatchUp catchUp = visitors.catchUp(visitor, after == null ? 0 : after.longValue());
        for (MessageView missed : catchUp.missed()) {
            WidgetSockets.send(session, Jsonp.createObjectBuilder()
                    .add("type", "message").add("message", WidgetJson.message(missed)).build());
        }
        WidgetSockets.send(session, Jsonp.createObjectBuilder()
                .add("type", "ready").add("visitorId", visitor.visitorId()).build());
        WidgetSockets.send(session, WidgetJson.waiting(catchUp.status()));
        // A widget that opens while a call rings (another tab, a reload) rings too.
        calls.open(visitor).ifPresent(call -> WidgetSockets.send(session, Jsonp.createObjectBuilder().add("type", "call")
                .add("call", WidgetJson.call(call.id(), call.kind(), call.state(), call.agentName())).build()));
    }

    /**
     * The widget of a waiting visitor asks for their place now and then; a socket that asks more often
     * than {@link #QUEUE_ASKS_EVERY} is answered by the pushes of its own handover's changes only.
     */
    private void queue(Session session, Visitor visitor) {
        long now = System.nanoTime();
        Object last = session.getUserProperties().get(LAST_QUEUE_ASK);
        if (last instanceof Long asked && now - asked < QUEUE_ASKS_EVERY.toNanos()) {
            return;
        }
        session.getUserProperties().put(LAST_QUEUE_ASK, now);
        WidgetSockets.send(session, WidgetJson.waiting(visitors.waiting(visitor).orElse(null)));
    }

    /** The visitor answers (call-accept, with video or not), ends (call-end) or signals (call-signal) a call. */
    private void call(Session session, Visitor visitor, String type, JsonObject event) {
        JsonNumber id = event.getJsonNumber("callId");
        if (id == null) {
            WidgetSockets.send(session, error("unreadable", "A call frame names its callId"));
            return;
        }
        long callId = id.longValue();
        switch (type) {
            case "call-accept" -> {
                CallJoin join = calls.accept(visitor, callId, event.getBoolean("video", false));
                WidgetSockets.send(session, Jsonp.createObjectBuilder().add("type", "call-join").add("callId", callId)
                        .add("join", WidgetJson.object(join.json())).build());
            }
            case "call-end" -> calls.end(visitor, callId);
            case "call-signal" -> {
                JsonObject signal = event.getJsonObject("signal");
                if (signal == null) {
                    WidgetSockets.send(session, error("unreadable", "A call signal is a JSON object"));
                } else {
                    calls.signal(visitor, callId, signal.toString());
                }
            }
            default -> WidgetSockets.send(session, error("unknown-frame", "No frame " + type));
        }
    }

    private void message(Session session, Visitor visitor, JsonObject event) {
        String clientId = event.getString("clientId", null);
        Optional<MessageView> stored;
        try {
            stored = visitors.send(visitor, event.getString("text", null), event.getString("choiceId", null), clientId);
        } catch (BusinessException e) {
            // Named by the widget's id of the message, which it then takes back into the composer.
            JsonObjectBuilder refusal = Jsonp.createObjectBuilder(error(e.type(), e.getMessage()));
            WidgetSockets.send(session, clientId == null ? refusal.build() : refusal.add("clientId", clientId).build());
            return;
        }
        JsonObjectBuilder ack = Jsonp.createObjectBuilder().add("type", "ack");
        if (clientId != null) {
            ack.add("clientId", clientId);
        }
        WidgetSockets.send(session, ack.build());
        stored.ifPresent(message -> sockets.push(visitor.address(), Jsonp.createObjectBuilder()
                .add("type", "message").add("message", WidgetJson.message(message)).build()));
    }

    @OnClose
    public void close(Session session) {
        Visitor visitor = (Visitor) session.getUserProperties().get(VISITOR);
        if (visitor != null) {
            sockets.remove(visitor, session);
        }
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "Widget socket " + session.getId() + " failed", error);
        close(session);
    }

    private static JsonObject error(String type, String detail) {
        return Jsonp.createObjectBuilder().add("type", "error").add("error", type)
                .add("detail", detail == null ? "" : detail).build();
    }
}
