package io.livechat.handover.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds each node asks which auto-assigning bots have handovers waiting (one query) and
 * has {@link AutoAssignment} run for them: the net under the runs that changes start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoAssignSweep {

    private static final Logger LOG = Logger.getLogger(AutoAssignSweep.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AutoAssignment autoAssignment;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void round() {
        try {
            List<?> bots = em.createNativeQuery("SELECT b.id FROM bot b WHERE b.auto_assign = TRUE AND EXISTS"
                            + " (SELECT 1 FROM handover h WHERE h.bot_id = b.id AND h.state = 'PENDING')")
                    .getResultList();
            bots.forEach(id -> autoAssignment.request(((Number) id).longValue()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Auto-assignment sweep failed; the next one tries again: {0}", e.toString());
        }
    }
}
