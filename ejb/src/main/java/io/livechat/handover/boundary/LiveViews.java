package io.livechat.handover.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.handover.control.HandoverLists;
import io.livechat.handover.control.Workloads;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The managers' live view of a bot: for its managers and for admins only (an agent, or a manager of
 * other bots, is refused with an {@link AccessDeniedException}). Agents may call it, so that they are
 * refused as the bot's outsiders are, with a 403, not an EJB access failure.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class LiveViews {

    @Inject
    private Desks desks;

    @Inject
    private BotAccess access;

    @Inject
    private HandoverLists lists;

    @Inject
    private Workloads workloads;

    @Inject
    private Clock clock;

    /** How long one of a bot's "wait alert after N minutes" lasts: a minute, shortened in tests. */
    @Inject
    @ConfigProperty(name = "livechat.wait.alert.minute", defaultValue = "PT1M")
    Duration minute;

    /** The bot's live view now: the open chats in one grouped count, the oldest pending handover and the number pending. */
    public LiveView of(long botId) {
        Bot bot = supervised(botId);
        Instant now = clock.instant();
        Duration alertAfter = minute.multipliedBy(bot.getWaitAlertMinutes());
        Page<Handover> first = lists.inState(botId, HandoverState.PENDING, null, PageRequest.first(1), handover -> handover);
        OldestWaiting oldest = first.items().stream().findFirst().map(handover -> oldest(handover, now, alertAfter))
                .orElse(null);
        return new LiveView(bot.getId(), bot.getName(), bot.getWaitAlertMinutes(), alertAfter, now,
                agents(bot), first.total(), oldest);
    }

    /** The bot's wait alert in minutes, for its managers and admins. */
    public int waitAlertMinutes(long botId) {
        return supervised(botId).getWaitAlertMinutes();
    }

    /** The enabled members, and whoever else holds a chat of the bot (an admin who took one, a former member). */
    private List<TeamMember> agents(Bot bot) {
        Map<UserAccount, Long> open = workloads.openChats(bot.getId());
        Set<UserAccount> people = new LinkedHashSet<>();
        bot.getMembers().stream().filter(UserAccount::isEnabled).forEach(people::add);
        people.addAll(open.keySet());
        return people.stream()
                .sorted(UserAccount.ONLINE_FIRST)
                .map(person -> new TeamMember(person.getUsername(), person.getDisplayName(), person.getRole(),
                        person.isOnline(), open.getOrDefault(person, 0L)))
                .toList();
    }

    private static OldestWaiting oldest(Handover handover, Instant now, Duration alertAfter) {
        Duration waited = Duration.between(handover.getRequestedAt(), now);
        return new OldestWaiting(handover.getId(), handover.getConversation().getId(),
                handover.getConversation().getContact().getDisplayName(), handover.getRequestedAt(),
                waited.isNegative() ? Duration.ZERO : waited, waited.compareTo(alertAfter) >= 0);
    }

    /** The bot, if the caller supervises it (the rule of their desk there); refused otherwise. */
    private Bot supervised(long botId) {
        Desk desk = desks.of(botId);
        if (!desk.supervisor()) {
            throw new AccessDeniedException(desk.username() + " is not a manager of bot " + botId);
        }
        return access.visible(botId);
    }
}
