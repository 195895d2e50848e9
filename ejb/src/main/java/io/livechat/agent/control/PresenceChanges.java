package io.livechat.agent.control;

import io.livechat.agent.boundary.AgentPresenceChanged;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Announces an agent's new presence to the bots they work, whoever changed it. */
@ApplicationScoped
public class PresenceChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AgentPresenceChanged> changes;

    public void announce(UserAccount account) {
        changes.fire(new AgentPresenceChanged(account.getId(), account.getUsername(), account.getPresence(),
                em.createNamedQuery(Bot.OF_MEMBER, Bot.class).setParameter("accountId", account.getId())
                        .getResultStream().map(Bot::getId).toList()));
    }
}
