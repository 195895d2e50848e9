package io.livechat.channel.whatsapp.control;

import io.livechat.bot.entity.Bot;
import io.livechat.channel.whatsapp.entity.OutboxEntry;
import io.livechat.channel.whatsapp.entity.WhatsappAccount;
import io.livechat.conversation.control.DeliveryNews;
import io.livechat.conversation.entity.Attachment;
import io.livechat.conversation.entity.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's transactions: claim an entry that is due (so only one sender sends it), then record
 * the outcome on the entry and on the message. Each runs in its own transaction, and the HTTP call
 * in between runs in none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WhatsappSettings settings;

    @Inject
    private StatusHandler statuses;

    @Inject
    private Clock clock;

    @Inject
    private DeliveryNews deliveries;

    public List<Long> due() {
        return em.createNamedQuery(OutboxEntry.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Takes the entry for one attempt, if it is due and nobody else took it; empty otherwise. */
    public Optional<SendRequest> claim(long messageId) {
        Instant now = clock.instant();
        // Longer than any attempt can take: if this server dies mid-send, the entry is due again after it.
        Instant lease = now.plus(settings.timeout().multipliedBy(3)).plusSeconds(30);
        int claimed = em.createNamedQuery(OutboxEntry.CLAIM)
                .setParameter("messageId", messageId)
                .setParameter("now", now)
                .setParameter("lease", lease)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Message message = em.createNamedQuery(Message.TO_SEND, Message.class)
                .setParameter("id", messageId)
                .getSingleResult();
        Bot bot = message.getConversation().getBot();
        WhatsappAccount account = em.find(WhatsappAccount.class, bot.getId());
        if (bot.getWhatsappPhoneNumberId() == null || account == null) {
            finish(messageId, SendOutcome.failed("Not sent: this bot has no WhatsApp number and access token connected."));
            return Optional.empty();
        }
        SendRequest.OutboundFile file = em.createNamedQuery(Attachment.OF_MESSAGE, Attachment.class)
                .setParameter("messageId", messageId)
                .getResultStream()
                .findFirst()
                .map(a -> new SendRequest.OutboundFile(a.getId(), OutboundPayload.kindOf(a.getMimeType(), a.getSize()), a.getMimeType(),
                        a.getFileName(), a.getSize()))
                .orElse(null);
        return Optional.of(new SendRequest(messageId, bot.getWhatsappPhoneNumberId(), account.getAccessToken(),
                message.getConversation().getContact().getExternalId(), message.getText(), message.getChoices(), file));
    }

    public void record(long messageId, SendOutcome outcome) {
        finish(messageId, outcome);
    }

    private void finish(long messageId, SendOutcome outcome) {
        // The message first, then its entry: the order StatusHandler locks them in when a status settles a send.
        Message message = em.find(Message.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        OutboxEntry entry = em.find(OutboxEntry.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (entry.isDone()) {
            // A status that names the message settled it while this attempt was under way.
            LOG.log(Level.INFO, "WhatsApp message {0} was settled by its status meanwhile; {1} ignored",
                    new Object[] {messageId, outcome.kind()});
            return;
        }
        switch (outcome.kind()) {
            case SENT -> {
                message.markSent(outcome.wamid());
                entry.done(now);
                em.flush();
                statuses.applyParked(message);
            }
            case FAILED -> {
                message.markFailed(outcome.reason());
                entry.giveUp(now, outcome.reason());
                LOG.log(Level.WARNING, "WhatsApp message {0} failed: {1}", new Object[] {messageId, outcome.reason()});
            }
            case UNKNOWN -> {
                if (entry.getAttempts() >= settings.maxAttempts()) {
                    String reason = "Not confirmed: WhatsApp did not answer " + entry.getAttempts()
                            + " attempts, so it was given up; the customer may or may not have the message.";
                    message.markFailed(reason);
                    entry.giveUp(now, reason);
                    LOG.log(Level.WARNING, "WhatsApp message {0} given up unconfirmed", messageId);
                } else {
                    // Sent again only if no status names it meanwhile (StatusHandler settles it then).
                    Duration wait = settings.backoff(entry.getAttempts());
                    message.markRetrying("Not confirmed yet: WhatsApp did not answer; it is sent again unless WhatsApp"
                            + " reports it meanwhile (attempt " + entry.getAttempts() + " of " + settings.maxAttempts() + ").");
                    entry.retryAt(now.plus(wait.compareTo(settings.unknownGrace()) > 0 ? wait : settings.unknownGrace()),
                            outcome.reason());
                    LOG.log(Level.INFO, "WhatsApp message {0}: no answer, waiting for its status: {1}",
                            new Object[] {messageId, outcome.reason()});
                }
            }
            case RETRY -> {
                if (entry.getAttempts() >= settings.maxAttempts()) {
                    String reason = "Not sent: WhatsApp could not be reached after " + entry.getAttempts()
                            + " attempts (" + outcome.reason() + "), so it was given up: send it again later.";
                    message.markFailed(reason);
                    entry.giveUp(now, reason);
                    LOG.log(Level.WARNING, "WhatsApp message {0} given up: {1}", new Object[] {messageId, reason});
                } else {
                    message.markRetrying("Not sent yet: " + outcome.reason() + "; it will be tried again (attempt "
                            + entry.getAttempts() + " of " + settings.maxAttempts() + ").");
                    entry.retryAt(now.plus(settings.backoff(entry.getAttempts())), outcome.reason());
                    LOG.log(Level.INFO, "WhatsApp message {0} retried later: {1}", new Object[] {messageId, outcome.reason()});
                }
            }
        }
        deliveries.changed(message);
    }
}
