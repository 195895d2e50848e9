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
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Picks up the outbox entries that are due in the database: those whose send failed, crashed or
 * never started (a restart resumes here). Every few seconds, one round at a time. Now and then a
 * round also purges processed webhook deliveries past their retention. (Webhook deliveries that are
 * due go to the {@link InboundDrain}.)
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // its first round must not run before the tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetryLoop {

    private static final Logger LOG = Logger.getLogger(RetryLoop.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private Instant nextPurge = Instant.MIN;

    @Inject
    private Outbox outbox;

    @Inject
    private OutboxSender sender;

    @Inject
    private WebhookProcessor webhooks;

    @Inject
    private WhatsappSettings settings;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long messageId : outbox.due()) {
                sender.attempt(messageId);
            }
            purgeWhenDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WhatsApp retry round failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }

    private void purgeWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(settings.purgeEvery());
        int purged = webhooks.purge(now.minus(settings.inboxRetention()));
        if (purged > 0) {
            LOG.log(Level.INFO, "Purged {0} WhatsApp webhook rows older than {1}", new Object[] {purged, settings.inboxRetention()});
        }
    }
}
