package io.livechat.channel.whatsapp.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.channel.whatsapp.entity.WhatsappAccount;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.Cursor;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Admins connect a bot to a WhatsApp Business number: the Graph API's phone number id (how
 * webhooks are routed to the bot) and the access token Live Chat sends and downloads with. A
 * number belongs to one bot.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed("ADMIN")
public class WhatsappAccounts {

    private static final Logger LOG = Logger.getLogger(WhatsappAccounts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Clock clock;

    /**
     * Connects the bot to the number and sets the access token. A blank token keeps the one already
     * set (the token is write-only, so a form cannot show it back); without one it is refused.
     */
    public WhatsappConnection connect(long botId, String phoneNumberId, String accessToken) {
        Bot bot = access.find(botId);
        String number = phoneNumberId.strip();
        boolean takenByOther = em.createNamedQuery(Bot.BY_WHATSAPP_NUMBER, Bot.class)
                .setParameter("phoneNumberId", number)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(bot.getId()));
        if (takenByOther) {
            throw new ConflictException("whatsapp-number-taken",
                    "WhatsApp number id " + number + " is connected to another bot");
        }
        WhatsappAccount account = em.find(WhatsappAccount.class, botId);
        boolean newToken = accessToken != null && !accessToken.isBlank();
        if (account == null && !newToken) {
            throw new InvalidInputException("An access token is needed to connect WhatsApp");
        }
        bot.connectWhatsapp(number);
        if (account == null) {
            account = new WhatsappAccount(botId, accessToken.strip(), clock.instant());
            em.persist(account);
        } else if (newToken) {
            account.changeToken(accessToken.strip(), clock.instant());
        }
        LOG.log(Level.INFO, "Bot {0} connected to WhatsApp number id {1}", new Object[] {botId, number});
        return new WhatsappConnection(botId, number, true, account.getUpdatedAt());
    }

    /** The bot's connection; an unconnected bot has no number and no token. */
    public WhatsappConnection status(long botId) {
        Bot bot = access.find(botId);
        WhatsappAccount account = em.find(WhatsappAccount.class, botId);
        return new WhatsappConnection(botId, bot.getWhatsappPhoneNumberId(), account != null,
                account == null ? null : account.getUpdatedAt());
    }

    /** A page of the bot's webhook messages that could never be processed, newest first. */
    public Page<ParkedMessage> parked(long botId, PageRequest page) {
        access.find(botId);
        String after = page.isFirst() ? "" : " AND (received_at < ?2 OR (received_at = ?2 AND id < ?3))";
        Query query = em.createNativeQuery("SELECT id, reason, payload, received_at FROM whatsapp_parked"
                        + " WHERE bot_id = ?1" + after + " ORDER BY received_at DESC, id DESC")
                .setParameter(1, botId)
                .setMaxResults(page.rowsToRead());
        if (!page.isFirst()) {
            query.setParameter(2, Timestamp.from(page.after().time())).setParameter(3, page.after().id());
        }
        List<?> rows = query.getResultList();
        return Page.of(rows.stream().map(Object[].class::cast)
                        .map(row -> new ParkedMessage(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                                ((Timestamp) row[3]).toInstant()))
                        .toList(),
                page, parked -> Cursor.after(parked.receivedAt(), parked.id()), parked -> parked, null);
    }

    public WhatsappConnection find(long botId) {
        WhatsappConnection connection = status(botId);
        if (connection.phoneNumberId() == null && !connection.accessTokenSet()) {
            throw new NotFoundException("WhatsApp connection of bot", botId);
        }
        return connection;
    }
}
