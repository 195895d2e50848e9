package io.livechat.agent.control;

import io.livechat.agent.boundary.AgentConsoles;
import io.livechat.agent.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes offline the online agents none of whose consoles has been open for
 * {@code livechat.agent.offline.after}, anywhere in the cluster ({@code agent_console}). An agent who
 * never opened a console (one who works through the API only) is left as they are. Each agent is
 * taken offline by a conditional update in a transaction of its own: of several nodes that find the
 * same agent idle, exactly one changes them and announces it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdleAgents {

    private static final Logger LOG = Logger.getLogger(IdleAgents.class.getName());

    /** No console of the agent is open (confirmed lately) or was closed within the idle time. */
    private static final String NO_CONSOLE_LATELY = "NOT EXISTS (SELECT 1 FROM agent_console c WHERE c.user_id = a.id"
            + " AND ((c.left_at IS NULL AND c.seen_at >= ?1) OR COALESCE(c.left_at, c.seen_at) >= ?2))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PresenceChanges changes;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "livechat.agent.offline.after", defaultValue = "PT2M")
    Duration offlineAfter;

    /** The online agents who had a console and have had none for the idle time. */
    public List<Long> idle() {
        Instant now = clock.instant();
        List<?> ids = em.createNativeQuery("SELECT a.id FROM user_account a WHERE a.presence = 'ONLINE'"
                        + " AND EXISTS (SELECT 1 FROM agent_console c WHERE c.user_id = a.id) AND " + NO_CONSOLE_LATELY)
                .setParameter(1, forgotten(now)).setParameter(2, Timestamp.from(now.minus(offlineAfter)))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Takes the agent offline if they are still online and idle; whether this call did. */
    public boolean takeOffline(long accountId) {
        Instant now = clock.instant();
        int changed = em.createNativeQuery("UPDATE user_account a SET a.presence = 'OFFLINE', a.offline_since = ?3,"
                        + " a.version = a.version + 1 WHERE a.id = ?4 AND a.presence = 'ONLINE' AND " + NO_CONSOLE_LATELY)
                .setParameter(1, forgotten(now)).setParameter(2, Timestamp.from(now.minus(offlineAfter)))
                .setParameter(3, Timestamp.from(now)).setParameter(4, accountId)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        forgetClosedConsoles(accountId, now);
        UserAccount account = em.find(UserAccount.class, accountId);
        LOG.log(Level.INFO, "Agent {0} offline: no console open for {1}", new Object[] {account.getUsername(), offlineAfter});
        changes.announce(account);
        return true;
    }

    /**
     * Forgets the consoles the agent closed (and those of dead nodes): an agent who goes online again
     * through the API only is not taken offline for consoles closed long ago.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void forgetClosedConsoles(long accountId, Instant now) {
        em.createNativeQuery("DELETE FROM agent_console WHERE user_id = ? AND (left_at IS NOT NULL OR seen_at < ?)")
                .setParameter(1, accountId).setParameter(2, forgotten(now))
                .executeUpdate();
    }

    private static Timestamp forgotten(Instant now) {
        return Timestamp.from(now.minus(AgentConsoles.FORGOTTEN_AFTER));
    }
}
