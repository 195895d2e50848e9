package io.livechat.handover.control;

import io.livechat.agent.entity.UserAccount;
import io.livechat.handover.entity.HandoverState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many open chats (assigned, not resolved) each person holds at a bot: the one query for it,
 * shared by the managers' live view and whatever weighs agents' loads (capacity, routing). One range
 * read of the index on (bot, state, assignee), grouped. The caller has checked that the bot may be seen.
 */
@ApplicationScoped
public class Workloads {

    private static final String PER_ASSIGNEE = "SELECT a, COUNT(h) FROM Handover h JOIN h.assignee a"
            + " WHERE h.bot.id = :botId AND h.state = :state GROUP BY a";

    @PersistenceContext
    private EntityManager em;

    /** The open chats at the bot by who holds them; whoever holds none is absent. */
    public Map<UserAccount, Long> openChats(long botId) {
        return em.createQuery(PER_ASSIGNEE, Object[].class)
                .setParameter("botId", botId)
                .setParameter("state", HandoverState.ASSIGNED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UserAccount) row[0], row -> (Long) row[1]));
    }
}
