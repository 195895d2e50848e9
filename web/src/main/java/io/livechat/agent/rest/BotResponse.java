package io.livechat.agent.rest;

import io.livechat.bot.boundary.BotSummary;

/** One of the caller's bots with its count of pending handovers. */
public record BotResponse(long id, String name, long pending) {

    public static BotResponse of(BotSummary summary) {
        return new BotResponse(summary.id(), summary.name(), summary.pending());
    }
}
