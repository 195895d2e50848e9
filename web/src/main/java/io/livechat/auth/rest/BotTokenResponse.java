package io.livechat.auth.rest;

/** A new bot token; it is shown this once. */
public record BotTokenResponse(String token) {
}
