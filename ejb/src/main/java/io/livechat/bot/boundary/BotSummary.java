package io.livechat.bot.boundary;

import java.io.Serializable;

/**
 * A bot as a dashboard lists it: with the number of handovers waiting for an agent. Serializable,
 * because view-scoped pages keep their lists in the session.
 */
public record BotSummary(long id, String name, long pending) implements Serializable {
}
