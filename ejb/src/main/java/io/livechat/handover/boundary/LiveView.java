package io.livechat.handover.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the managers of a bot watch, read at {@code at}: its people with their presence and open
 * chats (online first, then by name), how many handovers wait, and the oldest of them (null when none
 * waits). {@code waitAlertAfter} is the bot's {@code waitAlertMinutes} as a duration: a handover that
 * has waited that long is overdue.
 */
public record LiveView(long botId, String botName, int waitAlertMinutes, Duration waitAlertAfter, Instant at,
                       List<TeamMember> agents, long pending, OldestWaiting oldest) {
}
