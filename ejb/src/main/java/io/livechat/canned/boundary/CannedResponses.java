package io.livechat.canned.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.canned.entity.CannedResponse;
import io.livechat.conversation.boundary.TextTooLongException;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.MessageText;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.control.UniqueKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A bot's canned responses. Whoever may see the bot reads them; only its managers and admins
 * ({@link BotAccess#supervises}) write them. A shortcut is {@link CannedResponse#SHORTCUT letters,
 * digits, '-' and '_'} and unique in the bot ignoring case ({@code canned-shortcut-taken}); a text
 * must fit every channel the bot may talk on ({@link MessageText}, {@code text-too-long}).
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class CannedResponses {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<CannedResponsesChanged> changed;

    @Inject
    private Clock clock;

    /** The bot's canned responses by shortcut, for anyone who may see the bot. */
    public List<CannedView> ofBot(long botId) {
        access.visible(botId);
        return em.createNamedQuery(CannedResponse.OF_BOT, CannedResponse.class).setParameter("botId", botId)
                .getResultStream().map(CannedView::of).toList();
    }

    /** Whether the caller may write the bot's canned responses (a manager of the bot, or an admin). */
    public boolean mayEdit(long botId) {
        return access.supervises(access.visible(botId), accounts.current());
    }

    public CannedView create(long botId, String shortcut, String text) {
        Bot bot = editable(botId);
        String checked = checked(shortcut, text);
        refuseTaken(botId, shortcut, null);
        CannedResponse canned = new CannedResponse(bot, shortcut, checked, clock.instant());
        em.persist(canned);
        return stored(canned);
    }

    public CannedView update(long botId, long cannedId, String shortcut, String text) {
        editable(botId);
        CannedResponse canned = find(botId, cannedId);
        String checked = checked(shortcut, text);
        refuseTaken(botId, shortcut, canned.getId());
        canned.rewrite(shortcut, checked, clock.instant());
        return stored(canned);
    }

    public void delete(long botId, long cannedId) {
        editable(botId);
        em.remove(find(botId, cannedId));
        changed.fire(new CannedResponsesChanged(botId));
    }

    private Bot editable(long botId) {
        Bot bot = access.visible(botId);
        if (!access.supervises(bot, accounts.current())) {
            throw new AccessDeniedException("Only a manager of bot " + botId + " or an admin writes its canned responses");
        }
        return bot;
    }

    private CannedResponse find(long botId, long cannedId) {
        CannedResponse canned = em.find(CannedResponse.class, cannedId);
        if (canned == null || canned.getBot().getId() != botId) {
            throw new NotFoundException("Canned response", cannedId);
        }
        return canned;
    }

    /** The text, trimmed, once shortcut and text pass; the text must fit the channel that holds the least. */
    private static String checked(String shortcut, String text) {
        if (!CannedResponse.isShortcut(shortcut)) {
            throw new InvalidInputException(CannedResponse.SHORTCUT_RULE);
        }
        String trimmed = text == null ? null : text.strip();
        TextTooLongException.check(trimmed, strictestChannel());
        return trimmed;
    }

    private static Channel strictestChannel() {
        return Stream.of(Channel.values()).min(Comparator.comparingInt(MessageText::maxOn)).orElseThrow();
    }

    private void refuseTaken(long botId, String shortcut, Long except) {
        em.createNamedQuery(CannedResponse.BY_SHORTCUT, CannedResponse.class).setParameter("botId", botId)
                .setParameter("shortcut", shortcut).getResultStream()
                .filter(other -> !other.getId().equals(except)).findFirst()
                .ifPresent(other -> {
                    throw taken(other.getShortcut());
                });
    }

    private static ConflictException taken(String shortcut) {
        return new ConflictException("canned-shortcut-taken", "The bot has a canned response /" + shortcut
                + " already (shortcuts compare ignoring case)", Map.of("shortcut", shortcut));
    }

    /** Writes now, so that a shortcut another request took meanwhile is refused as taken, not as a failure. */
    private CannedView stored(CannedResponse canned) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e, CannedResponse.SHORTCUT_KEY)) {
                throw taken(canned.getShortcut());
            }
            throw e;
        }
        changed.fire(new CannedResponsesChanged(canned.getBot().getId()));
        return CannedView.of(canned);
    }
}
