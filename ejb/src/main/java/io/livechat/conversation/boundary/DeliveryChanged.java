package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;

/**
 * A message for the user moved on: handed to its channel, delivered, read, failed, or waiting for a
 * retry (a status that stays PENDING with a reason). Fired in the transaction that recorded it; the
 * consoles showing the conversation hear of it after commit and show the message's state again.
 */
public record DeliveryChanged(long messageId, long conversationId, long botId, DeliveryStatus status) {

    public static DeliveryChanged of(Message message) {
        return new DeliveryChanged(message.getId(), message.getConversation().getId(),
                message.getConversation().getBot().getId(), message.getDeliveryStatus());
    }
}
