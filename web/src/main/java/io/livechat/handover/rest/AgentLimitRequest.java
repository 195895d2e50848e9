package io.livechat.handover.rest;

import io.livechat.bot.entity.Bot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** One member's own limit of open chats of the bot (left out or null: the bot's default applies). */
public record AgentLimitRequest(@Min(1) @Max(Bot.MAX_CHATS) Integer maxChats) {
}
