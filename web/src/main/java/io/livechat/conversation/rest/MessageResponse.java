package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Sender;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** A transcript message on the wire; {@code author} is the agent's username for agent replies, {@code files} what it carries. */
@JsonbNillable
public record MessageResponse(long id, Sender sender, String author, String authorName, String text,
                              Instant createdAt, DeliveryStatus deliveryStatus, String failureReason,
                              List<Choice> choices, String choiceId, List<FileResponse> files) {

    public static MessageResponse of(MessageView view) {
        return new MessageResponse(view.id(), view.sender(), view.author(), view.authorName(), view.text(),
                view.createdAt(), view.deliveryStatus(), view.failureReason(), view.choices(), view.choiceId(),
                view.files().stream().map(FileResponse::of).toList());
    }
}
