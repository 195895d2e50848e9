package io.livechat.console.push;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import io.livechat.agent.boundary.AgentPresenceChanged;
import io.livechat.bot.boundary.Bots;
import io.livechat.bot.boundary.WaitAlertChanged;
import io.livechat.call.boundary.CallChanged;
import io.livechat.canned.boundary.CannedResponsesChanged;
import io.livechat.call.boundary.CallSignal;
import io.livechat.channel.widget.boundary.VisitorTyping;
import io.livechat.contact.boundary.ContactNoted;
import io.livechat.conversation.boundary.ConversationTagged;
import io.livechat.conversation.boundary.DeliveryChanged;
import io.livechat.conversation.boundary.MessageQueued;
import io.livechat.conversation.boundary.MessageReceived;
import io.livechat.conversation.boundary.PrivateNoteAdded;
import io.livechat.handover.boundary.HandoverChanged;
import io.livechat.shared.json.Jsonp;
import io.livechat.unread.boundary.ConversationRead;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Eager;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Pushes what changed on a bot to the console sockets of the people who may see it, after the
 * change committed (nothing is announced for a rolled-back change). Every push names its kind
 * ({@code handover}, {@code message}, {@code delivery}, {@code presence}, {@code typing}, {@code note},
 * {@code tags}, {@code call}, {@code wait-alert}, {@code private-note},
 * {@code canned}) and the ids a page needs to refresh; a visitor's call signal ({@code call-signal}) goes to the agent of the
 * call only, at once. A user's message says so ({@code fromUser}); a person's read mark that moved
 * ({@code read}) goes to that person's consoles only, through the same queue.
 *
 * <p>An observer only puts the push in a bounded queue, so that whoever made the change is answered
 * without waiting for it; one sender thread of this node takes whatever has queued up and sends it
 * in order, asking once per bot and batch who may see the bot. One task per push (the managed
 * executor captures the caller's context for each) and one query per push cost a third of the
 * server's CPU under WhatsApp load. A push that finds the queue full is dropped and counted: a push
 * only tells pages what to refresh, and the next one, or a reload, shows the change.
 *
 * <p>OmniFaces pushes to the sockets of this node only; in a cluster each batch also goes out as
 * one Payara {@code @Outbound} event of plain JSON text, and every other node pushes it to the
 * sockets it holds (its {@code @Inbound} observer does not see this node's own events).
 */
// Made at the WAR's start (@Eager), in the WAR's naming context: made lazily by the first event, which
// an EJB of the EAR fires on Payara Server, its java:comp @Resource fails and the event is lost.
@Eager
@ApplicationScoped
public class ConsolePush {

    /** The channel of the console pages' {@code <o:socket>}, one per signed-in user. */
    public static final String CHANNEL = "console";

    private static final Logger LOG = Logger.getLogger(ConsolePush.class.getName());
    private static final String CLUSTER_EVENT = "livechat-console-push";
    /** Pushes waiting for the sender at most: a few seconds of the busiest WhatsApp load. */
    static final int QUEUE = 10_000;
    /** Pushes sent per round of the sender at most, and shared with the cluster in one event. */
    private static final int BATCH = 500;
    private static final Duration DROPPED_REPORT_EVERY = Duration.ofMinutes(1);

    @Inject
    @Push(channel = CHANNEL)
    private PushContext console;

    @Inject
    @Outbound(eventName = CLUSTER_EVENT)
    private Event<String> cluster;

    @Inject
    private Bots bots;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private volatile Instant droppedReported = Instant.MIN;
    private Thread sender;

    void handoverChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverChanged changed) {
        push(changed.botId(), Jsonp.createObjectBuilder().add("type", "handover")
                .add("handoverId", changed.handoverId()).add("conversationId", changed.conversationId())
                .add("action", changed.action().name()).add("state", changed.to().name()));
    }

    void messageReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageReceived received) {
        push(received.botId(), Jsonp.createObjectBuilder().add("type", "message")
                .add("conversationId", received.conversationId()).add("messageId", received.messageId())
                .add("fromUser", true));
    }

    void messageQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        push(queued.botId(), Jsonp.createObjectBuilder().add("type", "message")
                .add("conversationId", queued.conversationId()).add("messageId", queued.messageId()));
    }

    void deliveryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryChanged changed) {
        push(changed.botId(), Jsonp.createObjectBuilder().add("type", "delivery")
                .add("conversationId", changed.conversationId()).add("messageId", changed.messageId())
                .add("status", changed.status().name()));
    }

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentPresenceChanged changed) {
        for (long botId : changed.botIds()) {
            push(botId, Jsonp.createObjectBuilder().add("type", "presence").add("username", changed.username())
                    .add("presence", changed.presence().name()));
        }
    }

    void visitorTyping(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorTyping typing) {
        if (typing.conversationId() != null) {
            push(typing.botId(), Jsonp.createObjectBuilder().add("type", "typing")
                    .add("conversationId", typing.conversationId()));
        }
    }

    void noted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactNoted noted) {
        push(noted.botId(), Jsonp.createObjectBuilder().add("type", "note")
                .add("conversationId", noted.conversationId()).add("contactId", noted.contactId()));
    }

    void tagged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationTagged tagged) {
        push(tagged.botId(), Jsonp.createObjectBuilder().add("type", "tags").add("conversationId", tagged.conversationId()));
    }

    /** A private note is for the consoles only: its push names the conversation, as a message's does. */
    void privateNoteAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PrivateNoteAdded added) {
        push(added.botId(), Jsonp.createObjectBuilder().add("type", "private-note")
                .add("conversationId", added.conversationId()).add("messageId", added.messageId()));
    }

    void cannedChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CannedResponsesChanged changed) {
        push(changed.botId(), Jsonp.createObjectBuilder().add("type", "canned"));
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        push(changed.botId(), Jsonp.createObjectBuilder().add("type", "call").add("callId", changed.callId())
                .add("conversationId", changed.conversationId()).add("handoverId", changed.handoverId())
                .add("kind", changed.kind().name()).add("state", changed.state().name()).add("agent", changed.agent()));
    }

    /** A person read a conversation: their own consoles, in every tab and on every node, count again. */
    void read(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationRead read) {
        JsonObjectBuilder event = Jsonp.createObjectBuilder().add("type", "read").add("conversationId", read.conversationId())
                .add("lastMessageId", read.lastMessageId());
        if (read.handoverId() != null) {
            event.add("handoverId", read.handoverId());
        }
        push(read.botId(), Set.of(read.username()), event);
    }

    /** A bot's wait alert changed: its team views redraw their alert. */
    void waitAlertChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WaitAlertChanged changed) {
        push(changed.botId(), Jsonp.createObjectBuilder().add("type", "wait-alert").add("minutes", changed.minutes()));
    }

    /** A visitor's WebRTC signal goes to the agent of the call only. */
    void callSignal(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallSignal signal) {
        if (signal.toAgent()) {
            JsonObject message;
            try (JsonReader reader = Jsonp.createReader(new StringReader(signal.signal()))) {
                message = Jsonp.createObjectBuilder().add("type", "call-signal").add("botId", signal.botId())
                        .add("callId", signal.callId()).add("signal", reader.readObject()).build();
            }
            // At once, on the caller's thread: a call's signals come one after the other from one socket.
            Set<String> agent = Set.of(signal.agent());
            console.send(message.toString(), agent);
            share(Jsonp.createArrayBuilder().add(shared(agent, message)));
        }
    }

    private void push(long botId, JsonObjectBuilder event) {
        push(botId, null, event);
    }

    /** Queues the push for the audience named, or (null) for the people who may see the bot. */
    private void push(long botId, Set<String> audience, JsonObjectBuilder event) {
        if (!queue.offer(new Pending(botId, audience, event.add("botId", botId).build()))) {
            long lost = dropped.incrementAndGet();
            Instant now = Instant.now();
            if (now.isAfter(droppedReported.plus(DROPPED_REPORT_EVERY))) {
                droppedReported = now;
                LOG.log(Level.WARNING, "Console push queue full ({0}): {1} pushes dropped since the start;"
                        + " the consoles show those changes with their next push or reload", new Object[] {QUEUE, lost});
            }
        }
    }

    @PostConstruct
    void startSender() {
        sender = threads.newThread(this::sendQueued);
        sender.setName("livechat-console-push");
        sender.setDaemon(true);
        sender.start();
    }

    @PreDestroy
    void stopSender() {
        sender.interrupt();
    }

    /** The sender thread: sends what has queued up, a batch at a time, until the application stops. */
    private void sendQueued() {
        List<Pending> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                send(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // A batch that cannot be sent (the database away for who may see a bot) is lost, not the sender.
                LOG.log(Level.WARNING, "Console pushes not sent: {0}", e.toString());
                LOG.log(Level.FINE, "Console pushes not sent", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void send(List<Pending> batch) {
        Map<Long, Set<String>> audiences = new HashMap<>();
        JsonArrayBuilder shared = Jsonp.createArrayBuilder();
        boolean any = false;
        for (Pending pending : batch) {
            Set<String> audience = pending.audience() != null ? pending.audience()
                    : audiences.computeIfAbsent(pending.botId(), bots::audienceOf);
            if (!audience.isEmpty()) {
                console.send(pending.message().toString(), audience);
                shared.add(shared(audience, pending.message()));
                any = true;
            }
        }
        if (any) {
            share(shared);
        }
    }

    private static JsonObjectBuilder shared(Set<String> audience, JsonObject message) {
        return Jsonp.createObjectBuilder().add("audience", Jsonp.createArrayBuilder(audience)).add("message", message);
    }

    /** Hands pushes to the other nodes of the cluster, for the sockets they hold. */
    private void share(JsonArrayBuilder pushes) {
        try {
            cluster.fire(Jsonp.createObjectBuilder().add("pushes", pushes).build().toString());
        } catch (RuntimeException e) {
            // Without a cluster every console socket is on this node.
            LOG.log(Level.FINE, "Console push not shared with the cluster", e);
        }
    }

    private record Pending(long botId, Set<String> audience, JsonObject message) {
    }

    /** A batch of pushes of another node, for the sockets open here. */
    void pushedElsewhere(@Observes @Inbound(eventName = CLUSTER_EVENT) String pushed) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(pushed))) {
            for (JsonObject push : reader.readObject().getJsonArray("pushes").getValuesAs(JsonObject.class)) {
                Set<String> audience = push.getJsonArray("audience").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.toSet());
                console.send(push.getJsonObject("message").toString(), audience);
            }
        }
    }
}
