package io.livechat.conversation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agent's reply to the user. */
public record ReplyRequest(@NotBlank @Size(max = 4096) String text) {
}
