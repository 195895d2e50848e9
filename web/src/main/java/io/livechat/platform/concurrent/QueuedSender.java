package io.livechat.platform.concurrent;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bounded queue and one thread of its own that sends what has queued up, a batch at a time and
 * in order, until {@link #stop()}. Whoever offers is answered at once, and outside their
 * transaction: an after-commit observer that sent itself would still be in the committed
 * transaction's context, where a transactional resource (a JMS connection on WildFly) refuses to
 * enlist. What finds the queue full is dropped, counted and reported at most once a minute, so a
 * burst cannot exhaust the heap; the callers only queue notices that a later one or a reload repairs.
 */
public final class QueuedSender<T> {

    private static final Logger LOG = Logger.getLogger(QueuedSender.class.getName());
    private static final Duration DROPPED_REPORT_EVERY = Duration.ofMinutes(1);

    private final String name;
    private final int batch;
    private final Consumer<List<T>> send;
    private final BlockingQueue<T> queue;
    private final AtomicLong dropped = new AtomicLong();
    private volatile Instant droppedReported = Instant.MIN;
    private final Thread sender;

    /**
     * @param name     the thread's name, and what the log calls the queue
     * @param capacity the items waiting at most
     * @param batch    the items handed to {@code send} at once at most
     */
    public QueuedSender(String name, int capacity, int batch, ManagedThreadFactory threads, Consumer<List<T>> send) {
        this.name = name;
        this.batch = batch;
        this.send = send;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sender = threads.newThread(this::sendQueued);
        sender.setName(name);
        sender.setDaemon(true);
        sender.start();
    }

    /** Queues the item, or drops it when the queue is full. */
    public void offer(T item) {
        if (!queue.offer(item)) {
            long lost = dropped.incrementAndGet();
            Instant now = Instant.now();
            if (now.isAfter(droppedReported.plus(DROPPED_REPORT_EVERY))) {
                droppedReported = now;
                LOG.log(Level.WARNING, "{0}: queue full ({1}), {2} dropped since the start;"
                        + " pages show those changes with their next push or reload",
                        new Object[] {name, queue.remainingCapacity() + queue.size(), lost});
            }
        }
    }

    public void stop() {
        sender.interrupt();
    }

    private void sendQueued() {
        List<T> taken = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                taken.add(queue.take());
                queue.drainTo(taken, batch - 1);
                send.accept(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // A batch that cannot be sent (the database or the broker away) is lost, not the sender.
                LOG.log(Level.WARNING, "{0}: not sent: {1}", new Object[] {name, e.toString()});
                LOG.log(Level.FINE, name + ": not sent", e);
            } finally {
                taken.clear();
            }
        }
    }
}
