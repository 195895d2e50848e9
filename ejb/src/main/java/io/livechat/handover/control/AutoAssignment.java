package io.livechat.handover.control;

import io.livechat.agent.boundary.AgentPresenceChanged;
import io.livechat.agent.entity.Presence;
import io.livechat.handover.boundary.HandoverChanged;
import io.livechat.handover.boundary.Routing;
import io.livechat.handover.entity.HandoverAction;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assigns a bot's waiting handovers, oldest first, while one waits and somebody qualifies
 * ({@link Routing#assignNext}, one transaction per handover). It runs whenever that may have changed,
 * after the change committed: a new handover, one given back or resolved, a chat moved away from
 * an agent, an agent coming online; and every two seconds from {@link AutoAssignSweep}, which covers
 * settings just changed and changes another node committed but died before it assigned. Per bot one
 * run at a time on this node (a change during a run makes it go round once more); runs on several
 * nodes share the work through the row locks.
 */
@ApplicationScoped
public class AutoAssignment {

    private static final Logger LOG = Logger.getLogger(AutoAssignment.class.getName());
    /** What may free a seat or add a waiting handover. */
    private static final Set<HandoverAction> RELEVANT = EnumSet.of(HandoverAction.REQUESTED, HandoverAction.UNASSIGNED,
            HandoverAction.RESOLVED, HandoverAction.TRANSFERRED, HandoverAction.REASSIGNED);
    /** The most handovers one run assigns before it lets the next run of the bot go on. */
    private static final int MOST_PER_RUN = 200;

    /** The bots with a run queued or going: TRUE when it must go round (once more). */
    private final ConcurrentHashMap<Long, Boolean> wanted = new ConcurrentHashMap<>();

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private Routing routing;

    void handoverChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverChanged changed) {
        if (RELEVANT.contains(changed.action())) {
            request(changed.botId());
        }
    }

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentPresenceChanged changed) {
        if (changed.presence() == Presence.ONLINE) {
            changed.botIds().forEach(this::request);
        }
    }

    /** Makes sure a run for the bot follows; at once unless one is going, then right after it. */
    public void request(long botId) {
        if (wanted.put(botId, Boolean.TRUE) == null) {
            try {
                executor.execute(() -> run(botId));
            } catch (RejectedExecutionException e) {
                wanted.remove(botId);
                LOG.log(Level.WARNING, "Auto-assignment of bot {0} waits for the next sweep: {1}",
                        new Object[] {botId, e.toString()});
            }
        }
    }

    private void run(long botId) {
        try {
            do {
                wanted.put(botId, Boolean.FALSE);
                int assigned = 0;
                while (assigned < MOST_PER_RUN && routing.assignNext(botId)) {
                    assigned++;
                }
            } while (!wanted.remove(botId, Boolean.FALSE));
        } catch (RuntimeException e) {
            wanted.remove(botId);
            LOG.log(Level.WARNING, "Auto-assignment of bot {0} stopped; the next sweep goes on: {1}",
                    new Object[] {botId, e.toString()});
        }
    }
}
