package io.livechat.bot.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new bot's name. */
public record BotCreation(@NotBlank @Size(max = 120) String name) {
}
