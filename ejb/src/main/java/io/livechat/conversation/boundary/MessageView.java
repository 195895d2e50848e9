package io.livechat.conversation.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;
import io.livechat.conversation.entity.Sender;
import java.time.Instant;
import java.util.List;

/** A message of a transcript as callers see it; the author is the agent's username, if an agent wrote it. */
public record MessageView(long id, long conversationId, Sender sender, String author, String authorName, String text,
                          Instant createdAt, DeliveryStatus deliveryStatus, String failureReason,
                          List<Choice> choices, String choiceId) {

    public static MessageView of(Message message) {
        return new MessageView(message.getId(), message.getConversation().getId(), message.getSender(),
                message.getAuthor().map(UserAccount::getUsername).orElse(null),
                message.getAuthor().map(UserAccount::getDisplayName).orElse(null),
                message.getText(), message.getCreatedAt(), message.getDeliveryStatus(),
                message.getFailureReason().orElse(null), message.getChoices(), message.getChoiceId().orElse(null));
    }
}
