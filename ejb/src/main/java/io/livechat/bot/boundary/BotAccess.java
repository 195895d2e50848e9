package io.livechat.bot.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;

/**
 * Who may see and act on which bot. An ADMIN sees every bot; managers and agents see the bots they
 * are members of; a bot engine (a caller in role BOT, named {@code bot:<id>}) sees its own bot only.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@PermitAll
public class BotAccess {

    /** The caller name prefix of external bot engines authenticated with a bot token. */
    public static final String BOT_CALLER_PREFIX = "bot:";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Accounts accounts;

    public Bot find(long botId) {
        Bot bot = em.find(Bot.class, botId);
        if (bot == null) {
            throw new NotFoundException("Bot", botId);
        }
        return bot;
    }

    /**
     * The bot, if the caller (a person or the bot's own engine) may see it. A bot that does not exist
     * is refused like one the caller may not see, so that only an admin, who sees every bot, learns
     * which bot ids exist.
     */
    public Bot visible(long botId) {
        Bot bot = em.find(Bot.class, botId);
        if (isBotEngine()) {
            if (!session.getCallerPrincipal().getName().equals(BOT_CALLER_PREFIX + botId) || bot == null) {
                throw new AccessDeniedException("This bot token does not belong to bot " + botId);
            }
            return bot;
        }
        UserAccount account = accounts.current();
        if (bot == null && account.isAdmin()) {
            throw new NotFoundException("Bot", botId);
        }
        if (bot == null || !maySee(bot, account)) {
            throw new AccessDeniedException(account.getUsername() + " is not a member of bot " + botId);
        }
        return bot;
    }

    /**
     * A record the caller named by its own id (a handover, a conversation, a message), if it exists
     * and the caller may see its bot. A record of a bot the caller may not see is answered as one
     * that does not exist: a refusal would tell whoever guesses ids which of them exist elsewhere.
     */
    public <T> T visibleRecord(T record, Function<T, Bot> botOf, String what, Object id) {
        if (record == null || !callerMaySee(botOf.apply(record))) {
            throw new NotFoundException(what, id);
        }
        return record;
    }

    private boolean callerMaySee(Bot bot) {
        if (isBotEngine()) {
            return session.getCallerPrincipal().getName().equals(BOT_CALLER_PREFIX + bot.getId());
        }
        return maySee(bot, accounts.current());
    }

    private static boolean maySee(Bot bot, UserAccount account) {
        return account.isAdmin() || bot.hasMember(account);
    }

    /** Whether the person may act on every handover of the bot: an admin, or one of its managers. */
    public boolean supervises(Bot bot, UserAccount account) {
        return account.isAdmin() || account.getRole() == Role.MANAGER && bot.hasMember(account);
    }

    /** The bots the calling person may see. */
    public List<Bot> visibleToCaller() {
        UserAccount account = accounts.current();
        if (account.isAdmin()) {
            return em.createNamedQuery(Bot.ALL, Bot.class).getResultList();
        }
        return em.createNamedQuery(Bot.OF_MEMBER, Bot.class).setParameter("accountId", account.getId()).getResultList();
    }

    public boolean isBotEngine() {
        return session.isCallerInRole("BOT");
    }
}
