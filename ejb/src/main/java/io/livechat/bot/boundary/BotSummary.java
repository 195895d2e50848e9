package io.livechat.bot.boundary;

/** A bot as a dashboard lists it: with the number of handovers waiting for an agent. */
public record BotSummary(long id, String name, long pending) {
}
