package io.livechat.channel.whatsapp.boundary;

import io.livechat.channel.whatsapp.control.OutboxSender;
import io.livechat.conversation.boundary.ChannelGateway;
import io.livechat.conversation.boundary.Via;
import io.livechat.conversation.entity.Channel;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends our messages (bot replies, agent replies, notices) to WhatsApp users through the Graph API.
 * The message's outbox entry was written in the transaction that stored it; this starts the first
 * attempt once that committed, in the background. Failed attempts are retried with exponential
 * backoff by the retry loop, which also resumes whatever a restart interrupted.
 */
@Stateless
@Via(Channel.WHATSAPP)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WhatsappGateway implements ChannelGateway {

    @Inject
    private OutboxSender sender;

    @Override
    public void deliver(long messageId) {
        sender.attemptSoon(messageId);
    }
}
