package io.livechat.agent.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Which node of a cluster holds an open console push socket of which person ({@code agent_console}),
 * so that any node can tell that an agent closed their last console anywhere. The web tier tells this
 * boundary when a person's first socket on the node opens and their last one there closes, and
 * confirms the node's open ones every {@link #CONFIRM_EVERY}; a node that died stops confirming, and
 * its consoles count as closed when they were last confirmed once {@link #FORGOTTEN_AFTER} passed.
 * Not exposed over REST: its caller is the node's own socket registry.
 */
@Stateless
@PermitAll
public class AgentConsoles {

    /** How often a node confirms the consoles it holds. */
    public static final Duration CONFIRM_EVERY = Duration.ofMinutes(1);
    /** How long an unconfirmed open console counts: a missed confirmation or two, not a dead node. */
    public static final Duration FORGOTTEN_AFTER = CONFIRM_EVERY.multipliedBy(3);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void opened(String username, String node) {
        em.createNativeQuery("INSERT INTO agent_console (user_id, node, seen_at, left_at)"
                        + " SELECT id, ?, ?, NULL FROM user_account WHERE username = ?"
                        + " ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at), left_at = NULL")
                .setParameter(1, node).setParameter(2, now()).setParameter(3, username)
                .executeUpdate();
    }

    public void closed(String username, String node) {
        Timestamp now = now();
        em.createNativeQuery("UPDATE agent_console SET left_at = ?, seen_at = ? WHERE node = ?"
                        + " AND user_id = (SELECT id FROM user_account WHERE username = ?)")
                .setParameter(1, now).setParameter(2, now).setParameter(3, node).setParameter(4, username)
                .executeUpdate();
    }

    /** The node still holds the consoles it has open. */
    public void confirm(String node) {
        em.createNativeQuery("UPDATE agent_console SET seen_at = ? WHERE node = ? AND left_at IS NULL")
                .setParameter(1, now()).setParameter(2, node)
                .executeUpdate();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
