package io.livechat.bot.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.boundary.UserSummary;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.bot.entity.CallSettings;
import io.livechat.bot.entity.NotificationTexts;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Admins create bots, edit what they say and choose the agents and managers who work them. Edits of
 * a bot's own fields carry the version the admin saw: a change made meanwhile by someone else is
 * refused with a {@link ConflictException} of type {@value #STALE} instead of being overwritten.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed("ADMIN")
public class BotAdministration {

    /** The problem type of an edit based on an outdated version of the bot. */
    public static final String STALE = "bot-changed-meanwhile";
    public static final int MAX_NAME_LENGTH = 120;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private Event<WaitAlertChanged> waitAlertChanges;

    public Bot create(@NotBlank @Size(max = MAX_NAME_LENGTH) String name) {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        Bot bot = new Bot(name.strip(), HexFormat.of().formatHex(key), clock.instant());
        em.persist(bot);
        em.flush();
        return bot;
    }

    /** Every bot, by name. */
    public List<BotOverview> all() {
        return em.createNamedQuery(Bot.ALL, Bot.class).getResultList().stream().map(BotOverview::of).toList();
    }

    public Bot find(long botId) {
        return access.find(botId);
    }

    /** The bot's agents and managers, by username. */
    public List<UserSummary> members(long botId) {
        return access.find(botId).getMembers().stream()
                .sorted(Comparator.comparing(UserAccount::getUsername))
                .map(UserSummary::of)
                .toList();
    }

    public Bot rename(long botId, long version, @NotBlank @Size(max = MAX_NAME_LENGTH) String name) {
        Bot bot = unchangedSince(botId, version);
        bot.rename(name.strip());
        return flushed(bot);
    }

    /** Replaces the texts the bot sends on transfer, on resolve, when every agent is away and about the queue. */
    public Bot changeTexts(long botId, long version, @NotNull @Valid NotificationTexts texts) {
        Bot bot = unchangedSince(botId, version);
        bot.changeTexts(texts);
        return flushed(bot);
    }

    /** Whether the bot's agents may start audio and video calls, and with which provider project. */
    public Bot changeCalls(long botId, long version, @NotNull @Valid CallSettings calls) {
        Bot bot = unchangedSince(botId, version);
        bot.changeCalls(calls);
        return flushed(bot);
    }

    /**
     * What becomes of the assigned chats of the bot's agents who go offline: null keeps them with the
     * agent, a number of minutes (1 to a day) returns them to the queue once the agent was offline that long.
     */
    public Bot changeOfflineChats(long botId, @Min(1) @Max(1440) Integer returnAfterMinutes) {
        Bot bot = access.find(botId);
        if (returnAfterMinutes == null) {
            bot.keepChatsOfOfflineAgents();
        } else {
            bot.returnChatsOfOfflineAgentsAfter(returnAfterMinutes);
        }
        return flushed(bot);
    }

    /**
     * After how many minutes (1 to a day) of waiting a pending handover of the bot shows as an alert
     * in its managers' live view; the open live views hear of it.
     */
    public Bot changeWaitAlert(long botId, @Min(Bot.MIN_WAIT_ALERT_MINUTES) @Max(Bot.MAX_WAIT_ALERT_MINUTES) int minutes) {
        Bot bot = access.find(botId);
        bot.alertWaitsAfter(minutes);
        waitAlertChanges.fire(new WaitAlertChanged(botId, minutes));
        return flushed(bot);
    }

    public void addMember(long botId, String username) {
        access.find(botId).addMember(account(username));
    }

    public void removeMember(long botId, String username) {
        access.find(botId).removeMember(account(username));
    }

    private Bot unchangedSince(long botId, long version) {
        Bot bot = access.find(botId);
        if (bot.getVersion() != version) {
            throw new ConflictException(STALE, "Bot " + botId + " was changed meanwhile (version "
                    + bot.getVersion() + ", not " + version + ")");
        }
        return bot;
    }

    /** Flushes now, so that the returned version is the new one the next edit must carry. */
    private Bot flushed(Bot bot) {
        em.flush();
        return bot;
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}
