package io.livechat.channel.whatsapp.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, hands the deliveries that are due to the pipeline's workers: those no worker was
 * free for when they came, those whose attempt failed and waited out its backoff, and those a
 * stopped node left.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // its first round must not run before the tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundDrain {

    private static final Logger LOG = Logger.getLogger(InboundDrain.class.getName());
    /** A round ends before the next timer fires, so timers never pile up behind a long backlog. */
    private static final Duration ROUND = Duration.ofMillis(900);

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private InboundPipeline pipeline;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            pipeline.drain(ROUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WhatsApp inbound drain round failed; the next round tries again: {0}", e.toString());
            LOG.log(Level.FINE, "The drain round's failure", e);
        } finally {
            running.set(false);
        }
    }
}
