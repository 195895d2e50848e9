package io.livechat.channel.widget.socket;

import io.livechat.channel.widget.boundary.WidgetVisitors;
import io.livechat.channel.widget.rest.WidgetJson;
import io.livechat.handover.boundary.HandoverChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells a web visitor's open widgets where their handover stands whenever it changes: their place in
 * the queue once requested or given back, their agent's name once assigned, nothing once resolved.
 * Only the visitor whose handover changed is told: the others waiting behind it ask for their place
 * themselves now and then (a {@code queue} frame, see {@link WidgetSocket}), so a change of the
 * queue costs one push, not one per waiting visitor.
 */
@ApplicationScoped
public class WidgetHandovers {

    @Inject
    private WidgetVisitors visitors;

    @Inject
    private WidgetSockets sockets;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverChanged change) {
        visitors.waitingIn(change.conversationId()).ifPresent(waiting ->
                sockets.push(waiting.address(), WidgetJson.waiting(waiting.status())));
    }
}
