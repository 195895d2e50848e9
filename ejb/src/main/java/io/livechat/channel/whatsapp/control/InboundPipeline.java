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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Processes stored webhook deliveries on workers of its own: an executor the application defines,
 * not the EJB asynchronous pool that outbound sends use, so a burst of webhooks never starves the
 * replies. {@code livechat.whatsapp.inbound.workers} worker loops run on it and nothing waits in
 * memory: a delivery is handed over only when a worker is free (a permit of {@link #workers}), a
 * delivery no worker is free for stays in its table, which is the queue, and the drain hands it to
 * the next free worker. The loops are long-lived tasks rather than one task per delivery: Payara
 * captures the caller's context for every task submitted, which cost a fifth of the server's CPU. The webhook stops accepting (503) while that table holds more
 * than {@code livechat.whatsapp.inbound.max-backlog} unprocessed deliveries. The executor is
 * defined in the web module's {@code web.xml}, where Payara binds it (it ignores the annotation on
 * classes of this module).
 */
@ApplicationScoped
public class InboundPipeline {

    private static final Logger LOG = Logger.getLogger(InboundPipeline.class.getName());

    static final String EXECUTOR = "java:app/concurrent/WhatsappInbound";
    /** The ceiling of {@code livechat.whatsapp.inbound.workers}: the executor's max-async in web.xml, less the drain loop. */
    static final int MAX_WORKERS = 63;
    private static final int DRAIN_BATCH = 500;
    /** How long one drain or worker task runs before it hands over to the next. */
    private static final Duration LOOP_TASK = Duration.ofMinutes(1);
    private static final Duration BACKLOG_COUNT_EVERY = Duration.ofSeconds(1);
    /** How long a drain pass runs before it counts the backlog again. */
    private static final Duration DRAIN_ROUND = Duration.ofSeconds(2);
    /** How long an idle drain waits for a stored delivery before it looks again anyway (other nodes store too). */
    private static final Duration IDLE_LOOK = Duration.ofMillis(250);
    /** The shortest wait for a held delivery: held ones come due a few milliseconds apart. */
    private static final Duration MIN_PAUSE = Duration.ofMillis(10);

    private ManagedExecutorService executor;

    @Inject
    private WebhookProcessor processor;

    @Inject
    private WhatsappSettings settings;

    private Semaphore workers;

    /** Deliveries handed to a free worker; never more than the permits of {@link #workers}. */
    private BlockingQueue<Long> handedOut;

    /** The worker loops running on the executor; the timer starts any that are missing. */
    private final AtomicInteger workerLoops = new AtomicInteger();

    /** Deliveries a worker of this node has: the drain does not hand them out again. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    private volatile long backlog;
    private volatile Instant backlogCounted = Instant.MIN;

    /** Whether a drain loop runs on the executor; the timer restarts one that ended. */
    private final AtomicBoolean draining = new AtomicBoolean();

    /** Released when a delivery is stored, so that an idle drain looks at once. */
    private final Semaphore stored = new Semaphore(0);

    @PostConstruct
    void size() {
        workers = new Semaphore(settings.inboundWorkers());
        handedOut = new ArrayBlockingQueue<>(settings.inboundWorkers());
        try {
            // Looked up when first used, not injected: the ejb module is deployed before web.xml's definition.
            executor = InitialContext.doLookup(EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("The executor " + EXECUTOR + " is not defined", e);
        }
        keepDraining();
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
        } else if (!handedOut.offer(deliveryId)) {
            // Cannot happen while every hand-over holds a permit; the row stays due if it does.
            inFlight.remove(deliveryId);
            workers.release();
        }
    }

    /** Processes handed-out deliveries for a minute, then hands over to a fresh task. */
    private void workLoop() {
        boolean handedOver = false;
        try {
            Instant until = Instant.now().plus(LOOP_TASK);
            while (Instant.now().isBefore(until)) {
                Long deliveryId = handedOut.poll(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                if (deliveryId != null) {
                    try {
                        attempt(deliveryId);
                    } finally {
                        inFlight.remove(deliveryId);
                        workers.release();
                    }
                }
            }
            executor.execute(this::workLoop);
            handedOver = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException e) {
            // stopping: the deliveries still handed out stay due in their table
        } finally {
            if (!handedOver) {
                workerLoops.decrementAndGet();
            }
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

    /**
     * Keeps the worker loops and one drain loop running on the pipeline's executor. The EJB timer
     * calls this every second as a watchdog only: a timer round that waited for its turn left due
     * deliveries waiting for tens of seconds under load.
     */
    void keepDraining() {
        try {
            while (workerLoops.get() < settings.inboundWorkers()) {
                workerLoops.incrementAndGet();
                try {
                    executor.execute(this::workLoop);
                } catch (RejectedExecutionException e) {
                    workerLoops.decrementAndGet();
                    throw e;
                }
            }
            if (draining.compareAndSet(false, true)) {
                try {
                    executor.execute(this::drainLoop);
                } catch (RejectedExecutionException e) {
                    draining.set(false);
                    throw e;
                }
            }
        } catch (RejectedExecutionException e) {
            // stopping; the next start drains
        }
    }

    /** Tells an idle drain that a delivery was stored. */
    public void stored() {
        if (stored.availablePermits() == 0) {
            stored.release();
        }
    }

    /**
     * Drains, and waits for stored deliveries when idle, for a minute; then hands over to a fresh
     * task, so that no task runs long enough for the executor to report it hung.
     */
    private void drainLoop() {
        boolean handedOver = false;
        try {
            Instant until = Instant.now().plus(LOOP_TASK);
            while (Instant.now().isBefore(until)) {
                drain(DRAIN_ROUND);
                stored.tryAcquire(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                stored.drainPermits();
            }
            executor.execute(this::drainLoop);
            handedOver = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException e) {
            // stopping: nothing to hand over to
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The WhatsApp inbound drain stopped, and restarts within a second: {0}", e.toString());
            LOG.log(Level.FINE, "The drain's failure", e);
        } finally {
            if (!handedOver) {
                draining.set(false);
            }
        }
    }

    /** Counts the backlog, at most once a second: an idle drain passes here four times a second. */
    private void countBacklog() {
        Instant now = Instant.now();
        if (now.isAfter(backlogCounted.plus(BACKLOG_COUNT_EVERY))) {
            backlogCounted = now;
            backlog = processor.unprocessed();
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
            countBacklog();
        }
    }
}
