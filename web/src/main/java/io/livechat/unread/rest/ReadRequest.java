package io.livechat.unread.rest;

import jakarta.validation.constraints.Positive;

/** How far the caller has read a conversation: up to this message, or (null) up to its newest. */
public record ReadRequest(@Positive Long lastMessageId) {
}
