package io.livechat.conversation.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.conversation.entity.Attachment;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;
import io.livechat.conversation.entity.Sender;
import java.time.Instant;
import java.util.List;

/**
 * A message of a transcript as callers see it; the author is the agent's username, if an agent wrote it;
 * {@code files} are the files it carries.
 */
public record MessageView(long id, long conversationId, Sender sender, String author, String authorName, String text,
                          Instant createdAt, DeliveryStatus deliveryStatus, String failureReason,
                          List<Choice> choices, String choiceId, List<FileView> files) {

    public MessageView {
        files = List.copyOf(files);
    }

    /** The message without its files; {@link io.livechat.conversation.control.FileStore#views} reads them for many at once. */
    public static MessageView of(Message message) {
        return of(message, List.of());
    }

    public static MessageView of(Message message, List<FileView> files) {
        return new MessageView(message.getId(), message.getConversation().getId(), message.getSender(),
                message.getAuthor().map(UserAccount::getUsername).orElse(null),
                message.getAuthor().map(UserAccount::getDisplayName).orElse(null),
                message.getText(), message.getCreatedAt(), message.getDeliveryStatus(),
                message.getFailureReason().orElse(null), message.getChoices(), message.getChoiceId().orElse(null), files);
    }

    /**
     * What a message with files says beside them: its text without the label that names the file for
     * channels without files ("[Image: photo.png]"), so a file looks the same whichever channel it came by.
     */
    public String caption() {
        if (files.isEmpty()) {
            return text;
        }
        FileView file = files.get(0);
        for (String label : List.of(Attachment.label(file.kind(), file.fileName()), Attachment.label(file.kind(), null))) {
            if (text.startsWith(label)) {
                return text.substring(label.length()).strip();
            }
        }
        return text;
    }
}
