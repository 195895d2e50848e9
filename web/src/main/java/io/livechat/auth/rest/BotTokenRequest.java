package io.livechat.auth.rest;

import jakarta.validation.constraints.Size;

/** What to call a new bot token, so admins can tell their tokens apart. */
public record BotTokenRequest(@Size(max = 120) String label) {
}
