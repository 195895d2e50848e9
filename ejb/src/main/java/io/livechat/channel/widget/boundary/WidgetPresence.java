package io.livechat.channel.widget.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Which node of a cluster holds an open widget socket of which visitor ({@code widget_presence}):
 * a node sees only its own sockets, but any node may be asked to ring a visitor. The web tier tells
 * this boundary when a visitor's first socket on the node opens and their last one closes, and
 * confirms the node's visitors every {@link #CONFIRM_EVERY}; a node that died stops confirming, and
 * its visitors count as gone after {@link #FORGOTTEN_AFTER}. Not exposed over REST: its caller is the
 * node's own socket registry.
 */
@Stateless
@PermitAll
public class WidgetPresence {

    /** How often a node confirms the visitors it holds. */
    public static final Duration CONFIRM_EVERY = Duration.ofMinutes(1);
    /** How long an unconfirmed row counts: a missed confirmation or two, not a dead node. */
    static final Duration FORGOTTEN_AFTER = CONFIRM_EVERY.multipliedBy(3);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void opened(long botId, String visitorId, String node) {
        em.createNativeQuery("INSERT INTO widget_presence (bot_id, visitor_id, node, seen_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at)")
                .setParameter(1, botId).setParameter(2, visitorId).setParameter(3, node)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    public void closed(long botId, String visitorId, String node) {
        em.createNativeQuery("DELETE FROM widget_presence WHERE bot_id = ? AND visitor_id = ? AND node = ?")
                .setParameter(1, botId).setParameter(2, visitorId).setParameter(3, node)
                .executeUpdate();
    }

    /** The node still holds its visitors' sockets; rows no node confirmed for long are deleted. */
    public void confirm(String node) {
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE widget_presence SET seen_at = ? WHERE node = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, node)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM widget_presence WHERE seen_at < ?")
                .setParameter(1, Timestamp.from(now.minus(FORGOTTEN_AFTER.multipliedBy(10))))
                .executeUpdate();
    }

    /** Whether a node other than this one holds an open socket of the visitor. */
    public boolean connectedElsewhere(long botId, String visitorId, String node) {
        return !em.createNativeQuery("SELECT 1 FROM widget_presence WHERE bot_id = ? AND visitor_id = ? AND node <> ?"
                        + " AND seen_at >= ? LIMIT 1")
                .setParameter(1, botId).setParameter(2, visitorId).setParameter(3, node)
                .setParameter(4, Timestamp.from(clock.instant().minus(FORGOTTEN_AFTER)))
                .getResultList().isEmpty();
    }
}
