package io.livechat.channel.widget.socket;

import io.livechat.call.boundary.CallChanged;
import io.livechat.call.boundary.CallSignal;
import io.livechat.channel.widget.boundary.AgentTyping;
import io.livechat.channel.widget.boundary.Visitor;
import io.livechat.channel.widget.boundary.WidgetDelivery;
import io.livechat.channel.widget.boundary.WidgetPresence;
import io.livechat.channel.widget.rest.WidgetJson;
import io.livechat.shared.json.Jsonp;
import io.livechat.platform.cluster.ClusterRelay;
import io.livechat.platform.cluster.Relayed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Eager;

/**
 * The open widget sockets of this node, filed by visitor (a visitor may have several tabs open).
 * Observes what the business tier announces for visitors and pushes it to their sockets; a visitor
 * with no open socket reads it when the widget next connects and catches up. In a cluster the
 * visitor's socket may be open on another node: every push also goes to the other nodes through
 * the {@link ClusterRelay} as plain text (address and JSON), and each pushes it to the sockets it
 * holds. Which node holds a visitor's sockets is
 * kept in {@link WidgetPresence}, so that any node can tell whether a visitor can be rung.
 */
// Made at the WAR's start (@Eager), in the WAR's naming context: made lazily by the first event, which
// an EJB of the EAR fires on Payara Server, its java:comp @Resource fails and the event is lost.
@Eager
@ApplicationScoped
public class WidgetSockets {

    private static final Logger LOG = Logger.getLogger(WidgetSockets.class.getName());

    private static final String RELAYED = "widget-push";

    private final Map<String, Set<Session>> open = new ConcurrentHashMap<>();

    /** This node, as the presence table names it; a restarted node is a new one. */
    private final String node = UUID.randomUUID().toString();

    @Inject
    private WidgetPresence presence;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> confirming;

    @Inject
    private ClusterRelay cluster;

    @PostConstruct
    void startConfirming() {
        long every = WidgetPresence.CONFIRM_EVERY.toSeconds();
        confirming = scheduler.scheduleAtFixedRate(this::confirm, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopConfirming() {
        confirming.cancel(false);
    }

    void add(Visitor visitor, Session session) {
        AtomicBoolean first = new AtomicBoolean();
        open.computeIfAbsent(visitor.address(), address -> {
            first.set(true);
            return ConcurrentHashMap.newKeySet();
        }).add(session);
        if (first.get()) {
            tellPresence(() -> presence.opened(visitor.botId(), visitor.visitorId(), node));
        }
    }

    void remove(Visitor visitor, Session session) {
        AtomicBoolean last = new AtomicBoolean();
        open.computeIfPresent(visitor.address(), (address, sessions) -> {
            sessions.remove(session);
            last.set(sessions.isEmpty());
            return sessions.isEmpty() ? null : sessions;
        });
        if (last.get()) {
            tellPresence(() -> presence.closed(visitor.botId(), visitor.visitorId(), node));
        }
    }

    private void confirm() {
        tellPresence(() -> presence.confirm(node));
    }

    /** The presence of other nodes' visitors is for ringing them: a database hiccup must not break a socket. */
    private static void tellPresence(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Widget presence not recorded (calls from other nodes may not reach the visitor): {0}",
                    e.toString());
        }
    }

    /**
     * Whether the visitor has a widget connected to this node or, in a cluster, to another one:
     * there is someone to ring.
     */
    public boolean isConnected(long botId, String visitorId) {
        return !open.getOrDefault(Visitor.address(botId, visitorId), Set.of()).isEmpty()
                || presence.connectedElsewhere(botId, visitorId, node);
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        push(Visitor.address(changed.botId(), changed.visitorId()), Jsonp.createObjectBuilder().add("type", "call")
                .add("call", WidgetJson.call(changed.callId(), changed.kind(), changed.state(), changed.agentName()))
                .build());
    }

    void callSignal(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallSignal signal) {
        if (!signal.toAgent()) {
            push(Visitor.address(signal.botId(), signal.visitorId()), Jsonp.createObjectBuilder()
                    .add("type", "call-signal").add("callId", signal.callId())
                    .add("signal", WidgetJson.object(signal.signal())).build());
        }
    }

    void delivered(@Observes(during = TransactionPhase.AFTER_SUCCESS) WidgetDelivery delivery) {
        push(Visitor.address(delivery.botId(), delivery.visitorId()), Jsonp.createObjectBuilder()
                .add("type", "message").add("message", WidgetJson.message(delivery.message())).build());
    }

    void agentTyping(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentTyping typing) {
        push(Visitor.address(typing.botId(), typing.visitorId()), Jsonp.createObjectBuilder()
                .add("type", "typing").add("name", typing.agentName() == null ? "Agent" : typing.agentName()).build());
    }

    /** Sends to every open socket of the visitor, on this node and the others. */
    public void push(String address, JsonObject event) {
        send(address, event);
        cluster.share(RELAYED, address + "\n" + event);
    }

    /** A push of another node (this node's own pushes do not come back). */
    void pushedElsewhere(@Observes Relayed relayed) {
        String pushed = relayed.text();
        int newline = pushed.indexOf('\n');
        if (!RELAYED.equals(relayed.channel()) || newline < 0) {
            return;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(pushed.substring(newline + 1)))) {
            send(pushed.substring(0, newline), reader.readObject());
        }
    }

    /** Sends to every open socket of the visitor on this node. */
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
