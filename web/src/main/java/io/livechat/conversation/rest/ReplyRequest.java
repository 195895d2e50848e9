package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.TextTooLongException;
import jakarta.validation.constraints.NotBlank;

/**
 * An agent's reply to the user, or a private note in the conversation. Its length is the conversation's channel's to judge
 * ({@link TextTooLongException}, {@code text-too-long} with the limit), not a bound of this request.
 */
public record ReplyRequest(@NotBlank String text) {
}
