package io.livechat.conversation.rest;

import io.livechat.conversation.entity.MessageText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agent's reply to the user; its length is counted as {@link MessageText} says. */
public record ReplyRequest(@NotBlank @Size(max = MessageText.MAX) String text) {
}
