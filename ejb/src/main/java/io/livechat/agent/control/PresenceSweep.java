package io.livechat.agent.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every node looks for idle agents every two seconds, one round at a time; {@link IdleAgents} decides once. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceSweep {

    private static final Logger LOG = Logger.getLogger(PresenceSweep.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private IdleAgents idle;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long accountId : idle.idle()) {
                idle.takeOffline(accountId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Idle agents not taken offline this round; the next round tries again: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
