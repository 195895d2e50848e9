package io.livechat.bot.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/** Admins create bots and choose the agents and managers who work them. */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed("ADMIN")
public class BotAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    public Bot create(String name) {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        Bot bot = new Bot(name.strip(), HexFormat.of().formatHex(key), clock.instant());
        em.persist(bot);
        em.flush();
        return bot;
    }

    public void addMember(long botId, String username) {
        access.find(botId).addMember(account(username));
    }

    public void removeMember(long botId, String username) {
        access.find(botId).removeMember(account(username));
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}
