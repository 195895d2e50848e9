package io.livechat.console.push;

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
import io.livechat.platform.cluster.ClusterRelay;
import io.livechat.platform.cluster.Relayed;
import io.livechat.platform.concurrent.QueuedSender;
import io.livechat.shared.json.Jsonp;
import io.livechat.unread.boundary.ConversationRead;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>OmniFaces pushes to the sockets of this node only; in a cluster each batch also goes to the
 * other nodes through the {@link ClusterRelay} as one text of plain JSON, and every other node
 * pushes it to the sockets it holds.
 */
// Made at the WAR's start (@Eager), in the WAR's naming context: made lazily by the first event, which
// an EJB of the EAR fires on Payara Server, its java:comp @Resource fails and the event is lost.
@Eager
@ApplicationScoped
public class ConsolePush {

    /** The channel of the console pages' {@code <o:socket>}, one per signed-in user. */
    public static final String CHANNEL = "console";

    private static final String RELAYED = "console-push";
    /** Pushes waiting for the sender at most: a few seconds of the busiest WhatsApp load. */
    static final int QUEUE = 10_000;
    /** Pushes sent per round of the sender at most, and shared with the cluster in one event. */
    private static final int BATCH = 500;

    @Inject
    @Push(channel = CHANNEL)
    private PushContext console;

    @Inject
    private ClusterRelay cluster;

    @Inject
    private Bots bots;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    private QueuedSender<Pending> sender;

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
        sender.offer(new Pending(botId, audience, event.add("botId", botId).build()));
    }

    @PostConstruct
    void startSender() {
        sender = new QueuedSender<>("livechat-console-push", QUEUE, BATCH, threads, this::send);
    }

    @PreDestroy
    void stopSender() {
        sender.stop();
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
        cluster.share(RELAYED, Jsonp.createObjectBuilder().add("pushes", pushes).build().toString());
    }

    private record Pending(long botId, Set<String> audience, JsonObject message) {
    }

    /** A batch of pushes of another node, for the sockets open here. */
    void pushedElsewhere(@Observes Relayed relayed) {
        if (!RELAYED.equals(relayed.channel())) {
            return;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(relayed.text()))) {
            for (JsonObject push : reader.readObject().getJsonArray("pushes").getValuesAs(JsonObject.class)) {
                Set<String> audience = push.getJsonArray("audience").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.toSet());
                console.send(push.getJsonObject("message").toString(), audience);
            }
        }
    }
}
