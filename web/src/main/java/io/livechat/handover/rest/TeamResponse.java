package io.livechat.handover.rest;

import io.livechat.agent.entity.Role;
import io.livechat.handover.boundary.TeamMember;
import io.livechat.handover.boundary.LiveView;
import io.livechat.handover.boundary.OldestWaiting;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A bot's live view on the wire: who of its people is online and how many open chats each holds, how
 * many handovers wait, and the oldest waiting one (null when none waits), with the bot's wait alert.
 */
@JsonbNillable
public record TeamResponse(long botId, String botName, Instant at, int waitAlertMinutes, long waitAlertSeconds,
                           long pending, Waiting oldestWaiting, List<Agent> agents) {

    public static TeamResponse of(LiveView view) {
        return new TeamResponse(view.botId(), view.botName(), view.at(), view.waitAlertMinutes(),
                view.waitAlertAfter().toSeconds(), view.pending(),
                view.oldest() == null ? null : Waiting.of(view.oldest()),
                view.agents().stream().map(Agent::of).toList());
    }

    /** The handover that has waited longest; {@code overWaitAlert} once it waited the bot's wait alert. */
    public record Waiting(long handoverId, long conversationId, String userName, Instant requestedAt,
                          long waitingSeconds, boolean overWaitAlert) {

        static Waiting of(OldestWaiting oldest) {
            return new Waiting(oldest.handoverId(), oldest.conversationId(), oldest.userName(), oldest.requestedAt(),
                    oldest.waited().toSeconds(), oldest.overdue());
        }
    }

    /** One of the bot's people: presence, and the chats assigned to them at this bot and not resolved. */
    public record Agent(String username, String displayName, Role role, boolean online, long openChats) {

        static Agent of(TeamMember load) {
            return new Agent(load.username(), load.displayName(), load.role(), load.online(), load.openChats());
        }
    }
}
