package io.livechat.handover.rest;

import io.livechat.bot.entity.Bot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A bot's routing: the most open chats per agent (left out or null: no limit) and whether it assigns by itself. */
public record RoutingRequest(@Min(1) @Max(Bot.MAX_CHATS) Integer maxChatsPerAgent, boolean autoAssign) {
}
