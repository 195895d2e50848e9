package io.livechat.agent.control;

import io.livechat.agent.boundary.AgentPresenceChanged;
import io.livechat.agent.entity.PresenceChange;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records an agent's new presence (the handover report's time online) and announces it to the bots they
 * work, whoever changed it; in the change's transaction.
 */
@ApplicationScoped
public class PresenceChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AgentPresenceChanged> changes;

    @Inject
    private Clock clock;

    public void announce(UserAccount account) {
        em.persist(new PresenceChange(account.getId(), account.getPresence(), clock.instant()));
        changes.fire(new AgentPresenceChanged(account.getId(), account.getUsername(), account.getPresence(),
                em.createNamedQuery(Bot.OF_MEMBER, Bot.class).setParameter("accountId", account.getId())
                        .getResultStream().map(Bot::getId).toList()));
    }
}
