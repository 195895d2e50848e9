package io.livechat.channel.whatsapp.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Processes stored webhook deliveries on workers of its own: an executor the application defines,
 * not the EJB asynchronous pool that outbound sends use, so a burst of webhooks never starves the
 * replies. At most {@code livechat.whatsapp.inbound.workers} run at once and nothing waits in
 * memory: a delivery no worker is free for stays in its table, which is the queue, and the drain
 * hands it to the next free worker. The webhook stops accepting (503) while that table holds more
 * than {@code livechat.whatsapp.inbound.max-backlog} unprocessed deliveries. The executor is
 * defined in the web module's {@code web.xml}, where Payara binds it (it ignores the annotation on
 * classes of this module).
 */
@ApplicationScoped
public class InboundPipeline {

    private static final Logger LOG = Logger.getLogger(InboundPipeline.class.getName());

    static final String EXECUTOR = "java:app/concurrent/WhatsappInbound";
    /** The ceiling of {@code livechat.whatsapp.inbound.workers}: the executor's max-async in web.xml. */
    static final int MAX_WORKERS = 64;
    private static final int DRAIN_BATCH = 500;
    /** The shortest wait for a held delivery: held ones come due a few milliseconds apart. */
    private static final Duration MIN_PAUSE = Duration.ofMillis(10);

    private ManagedExecutorService executor;

    @Inject
    private WebhookProcessor processor;

    @Inject
    private WhatsappSettings settings;

    private Semaphore workers;

    /** Deliveries a worker of this node has: the drain does not hand them out again. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    private volatile long backlog;

    @PostConstruct
    void size() {
        workers = new Semaphore(settings.inboundWorkers());
        try {
            // Looked up when first used, not injected: the ejb module is deployed before web.xml's definition.
            executor = InitialContext.doLookup(EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("The executor " + EXECUTOR + " is not defined", e);
        }
    }

    /** Takes a free worker for a delivery about to be stored, if there is one. */
    public boolean reserveWorker() {
        return workers.tryAcquire();
    }

    /** Gives back a reserved worker whose delivery was not stored. */
    public void releaseWorker() {
        workers.release();
    }

    /** Starts a stored delivery on the worker {@link #reserveWorker} reserved for it. */
    public void start(long deliveryId) {
        if (!inFlight.add(deliveryId)) {
            workers.release();
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    attempt(deliveryId);
                } finally {
                    inFlight.remove(deliveryId);
                    workers.release();
                }
            });
        } catch (RejectedExecutionException e) {
            // The server is stopping: the row stays due, and the next start or another node takes it.
            inFlight.remove(deliveryId);
            workers.release();
        }
    }

    private void attempt(long deliveryId) {
        try {
            processor.process(deliveryId);
        } catch (RuntimeException e) {
            try {
                processor.failed(deliveryId, e);
            } catch (RuntimeException unrecorded) {
                // The row stays due as it was, so the drain tries it again anyway.
                LOG.log(Level.WARNING, "Could not record the failure of WhatsApp webhook delivery {0}: {1}",
                        new Object[] {deliveryId, unrecorded.toString()});
            }
        }
    }

    /** Whether the webhook takes more deliveries: not while the stored backlog is over its limit. */
    public boolean accepting() {
        return backlog <= settings.maxBacklog();
    }

    /** The unprocessed deliveries as the last drain counted them (all nodes'; they share the table). */
    public long backlog() {
        return backlog;
    }

    /**
     * Hands every due delivery to a free worker, waiting for one when all are busy, and for the
     * next held delivery to become due, until the time is up; then counts the backlog.
     */
    void drain(Duration budget) throws InterruptedException {
        Instant deadline = Instant.now().plus(budget);
        try {
            while (Instant.now().isBefore(deadline)) {
                List<Long> due = processor.due(DRAIN_BATCH).stream().filter(id -> !inFlight.contains(id)).toList();
                if (due.isEmpty()) {
                    Optional<Instant> next = processor.nextDue();
                    if (next.isEmpty() || next.get().isAfter(deadline)) {
                        return;
                    }
                    Thread.sleep(Math.max(MIN_PAUSE.toMillis(), Duration.between(Instant.now(), next.get()).toMillis()));
                    continue;
                }
                for (long deliveryId : due) {
                    long wait = Duration.between(Instant.now(), deadline).toMillis();
                    if (wait <= 0 || !workers.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    start(deliveryId);
                }
            }
        } finally {
            backlog = processor.unprocessed();
        }
    }
}
