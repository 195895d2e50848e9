package io.livechat.handover.control;

import io.livechat.handover.boundary.Handovers;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every few seconds each node looks for the assigned chats of agents who have been offline longer
 * than their bot allows (a bot that keeps them has no minutes set) and returns each to the queue
 * through {@link Handovers#returnFromOfflineAgent}, which decides under the handover's lock: a chat
 * is returned once, by one node, however many look.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfflineReturns {

    private static final Logger LOG = Logger.getLogger(OfflineReturns.class.getName());
    private static final int BATCH = 100;

    private final AtomicBoolean running = new AtomicBoolean();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Handovers handovers;

    @Inject
    private Clock clock;

    /** How long one of a bot's "return after N minutes" lasts: a minute, shortened in tests. */
    @Inject
    @ConfigProperty(name = "livechat.agent.offline.minute", defaultValue = "PT1M")
    Duration minute;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long handoverId : due()) {
                if (handovers.returnFromOfflineAgent(handoverId, minute)) {
                    LOG.log(Level.INFO, "Handover {0} returned to the queue: its agent stayed offline", handoverId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Chats of offline agents not returned this round; the next round tries again: {0}",
                    e.toString());
        } finally {
            running.set(false);
        }
    }

    private List<Long> due() {
        Instant now = clock.instant();
        List<?> ids = em.createNativeQuery("SELECT h.id FROM handover h JOIN user_account a ON a.id = h.assignee_id"
                        + " JOIN bot b ON b.id = h.bot_id WHERE h.state = 'ASSIGNED' AND a.presence = 'OFFLINE'"
                        + " AND b.offline_return_minutes IS NOT NULL"
                        + " AND a.offline_since <= TIMESTAMPADD(MICROSECOND, -b.offline_return_minutes * ?, ?)")
                .setParameter(1, minute.toNanos() / 1000)
                .setParameter(2, Timestamp.from(now))
                .setMaxResults(BATCH)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
