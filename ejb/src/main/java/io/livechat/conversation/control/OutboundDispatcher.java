package io.livechat.conversation.control;

import io.livechat.conversation.boundary.ChannelGateway;
import io.livechat.conversation.boundary.MessageQueued;
import io.livechat.conversation.boundary.Via;
import io.livechat.conversation.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands each stored outbound message to its channel's gateway, only once the message is committed. */
@ApplicationScoped
public class OutboundDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class.getName());

    @Inject
    @Any
    private Instance<ChannelGateway> gateways;

    /**
     * Each channel's gateway, resolved once: the gateways are stateless session beans, whose
     * references are shared safely, and resolving one per message cost a twentieth of the CPU.
     */
    private final Map<Channel, Optional<ChannelGateway>> resolved = new ConcurrentHashMap<>();

    void dispatch(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        Optional<ChannelGateway> gateway = resolved.computeIfAbsent(queued.channel(), channel -> {
            Instance<ChannelGateway> of = gateways.select(Via.Literal.of(channel));
            return of.isResolvable() ? Optional.of(of.get()) : Optional.empty();
        });
        if (gateway.isEmpty()) {
            LOG.log(Level.WARNING, "No gateway for channel {0}: message {1} stays pending",
                    new Object[] {queued.channel(), queued.messageId()});
            return;
        }
        try {
            gateway.get().deliver(queued.messageId());
        } catch (RuntimeException e) {
            // The change that queued the message is committed; a failed delivery must not undo it.
            LOG.log(Level.WARNING, "Delivery of message " + queued.messageId() + " failed", e);
        }
    }
}
