package io.livechat.console.push;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import io.livechat.bot.boundary.Bots;
import io.livechat.call.boundary.CallChanged;
import io.livechat.call.boundary.CallSignal;
import io.livechat.channel.widget.boundary.VisitorTyping;
import io.livechat.contact.boundary.ContactNoted;
import io.livechat.conversation.boundary.ConversationTagged;
import io.livechat.conversation.boundary.MessageQueued;
import io.livechat.conversation.boundary.MessageReceived;
import io.livechat.handover.boundary.HandoverChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Pushes what changed on a bot to the console sockets of the people who may see it, after the
 * change committed (nothing is announced for a rolled-back change), on the default managed
 * executor, so that the caller who made the change is answered without waiting for the push. Every push names its kind
 * ({@code handover}, {@code message}, {@code typing}, {@code note}, {@code tags}, {@code call}) and the ids a
 * page needs to refresh; a visitor's call signal ({@code call-signal}) goes to the agent of the call only.
 *
 * <p>OmniFaces pushes to the sockets of this node only; in a cluster the same push also goes out
 * as a Payara {@code @Outbound} event of plain JSON text, and every other node pushes it to the
 * sockets it holds (its {@code @Inbound} observer does not see this node's own events).
 */
@ApplicationScoped
public class ConsolePush {

    /** The channel of the console pages' {@code <o:socket>}, one per signed-in user. */
    public static final String CHANNEL = "console";

    private static final Logger LOG = Logger.getLogger(ConsolePush.class.getName());
    private static final String CLUSTER_EVENT = "livechat-console-push";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext console;

    @Inject
    @Outbound(eventName = CLUSTER_EVENT)
    private Event<String> cluster;

    @Inject
    private Bots bots;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    void handoverChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverChanged changed) {
        push(changed.botId(), Json.createObjectBuilder().add("type", "handover")
                .add("handoverId", changed.handoverId()).add("conversationId", changed.conversationId())
                .add("action", changed.action().name()).add("state", changed.to().name()));
    }

    void messageReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageReceived received) {
        push(received.botId(), Json.createObjectBuilder().add("type", "message")
                .add("conversationId", received.conversationId()).add("messageId", received.messageId()));
    }

    void messageQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        push(queued.botId(), Json.createObjectBuilder().add("type", "message")
                .add("conversationId", queued.conversationId()).add("messageId", queued.messageId()));
    }

    void visitorTyping(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorTyping typing) {
        if (typing.conversationId() != null) {
            push(typing.botId(), Json.createObjectBuilder().add("type", "typing")
                    .add("conversationId", typing.conversationId()));
        }
    }

    void noted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactNoted noted) {
        push(noted.botId(), Json.createObjectBuilder().add("type", "note")
                .add("conversationId", noted.conversationId()).add("contactId", noted.contactId()));
    }

    void tagged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationTagged tagged) {
        push(tagged.botId(), Json.createObjectBuilder().add("type", "tags").add("conversationId", tagged.conversationId()));
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        push(changed.botId(), Json.createObjectBuilder().add("type", "call").add("callId", changed.callId())
                .add("conversationId", changed.conversationId()).add("handoverId", changed.handoverId())
                .add("kind", changed.kind().name()).add("state", changed.state().name()).add("agent", changed.agent()));
    }

    /** A visitor's WebRTC signal goes to the agent of the call only. */
    void callSignal(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallSignal signal) {
        if (signal.toAgent()) {
            JsonObject message;
            try (JsonReader reader = Json.createReader(new StringReader(signal.signal()))) {
                message = Json.createObjectBuilder().add("type", "call-signal").add("botId", signal.botId())
                        .add("callId", signal.callId()).add("signal", reader.readObject()).build();
            }
            // At once, in order: an answer must not overtake the offer it answers.
            send(Set.of(signal.agent()), message);
        }
    }

    private void push(long botId, JsonObjectBuilder event) {
        JsonObject message = event.add("botId", botId).build();
        try {
            // Off the thread of whoever made the change: their answer does not wait for the sockets.
            executor.execute(() -> send(bots.audienceOf(botId), message));
        } catch (RejectedExecutionException e) {
            send(bots.audienceOf(botId), message);
        }
    }

    private void send(Set<String> audience, JsonObject message) {
        if (audience.isEmpty()) {
            return;
        }
        console.send(message.toString(), audience);
        try {
            cluster.fire(Json.createObjectBuilder().add("audience", Json.createArrayBuilder(audience))
                    .add("message", message).build().toString());
        } catch (RuntimeException e) {
            // Without a cluster every console socket is on this node.
            LOG.log(Level.FINE, "Console push not shared with the cluster", e);
        }
    }

    /** A push of another node, for the sockets open here. */
    void pushedElsewhere(@Observes @Inbound(eventName = CLUSTER_EVENT) String pushed) {
        try (JsonReader reader = Json.createReader(new StringReader(pushed))) {
            JsonObject event = reader.readObject();
            Set<String> audience = event.getJsonArray("audience").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.toSet());
            console.send(event.getJsonObject("message").toString(), audience);
        }
    }
}
