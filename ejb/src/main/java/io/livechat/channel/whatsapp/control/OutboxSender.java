package io.livechat.channel.whatsapp.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One attempt at sending an outbox entry: claim, call the Graph API outside any transaction (a
 * slow Graph API must not hold database locks), record what happened.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    @Inject
    private Outbox outbox;

    @Inject
    private GraphApi graph;

    public void attempt(long messageId) {
        outbox.claim(messageId).ifPresent(request -> outbox.record(messageId,
                graph.send(request.phoneNumberId(), request.accessToken(),
                        OutboundPayload.of(request.to(), request.text(), request.choices()))));
    }

    /** The first attempt, right after the message committed, without making the caller wait for Meta. */
    @Asynchronous
    public void attemptSoon(long messageId) {
        attempt(messageId);
    }
}
