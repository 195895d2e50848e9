package io.livechat.handover.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * The pending handover that has waited longest at a bot (the next in its queue), as the live view
 * shows it: whose it is, since when and how long they have waited when it was read, and whether
 * that is past the bot's wait alert.
 */
public record OldestWaiting(long handoverId, long conversationId, String userName, Instant requestedAt,
                            Duration waited, boolean overdue) {
}
