package io.livechat.unread.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import io.livechat.conversation.entity.Sender;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.unread.control.UnreadCounts;
import io.livechat.unread.entity.ReadMark;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The caller's unread signals: what they have not seen of the handovers in their Live Chat lists (every
 * pending one, and the assigned ones they see), per handover and per bot, and the marks that say how
 * far they have read each conversation. Only people have marks; a bot's engine reads none. A bot the
 * caller may not see is refused (403) like everywhere else.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class Unread {

    /** How much of a user's message a desktop notification shows. */
    public static final int SIGNAL_TEXT = 140;
    /** Ids asked about in one call at most: a console asks about the pushes of a fraction of a second. */
    private static final int MAX_IDS = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private UnreadCounts counts;

    @Inject
    private Event<ConversationRead> read;

    @Inject
    private Clock clock;

    /** What the caller has not seen of each of the bot's open handovers named (closed or unknown ones are left out). */
    public Map<Long, Integer> ofHandovers(long botId, Collection<Long> handoverIds) {
        access.visible(botId);
        return counts.of(accounts.current().getId(), botId, handoverIds.stream().limit(MAX_IDS).toList()).stream()
                .collect(Collectors.toMap(UnreadCount::handoverId, UnreadCount::unread, (one, other) -> one));
    }

    /** The bot's open handovers of the conversations named (the rows that show them), with what the caller has not seen. */
    public Map<Long, Integer> ofConversations(long botId, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        List<Long> handovers = em.createQuery("SELECT h.id FROM Handover h WHERE h.bot.id = :botId"
                        + " AND h.conversation.id IN :conversations AND h.state <> :resolved", Long.class)
                .setParameter("botId", botId)
                .setParameter("conversations", conversationIds.stream().limit(MAX_IDS).toList())
                .setParameter("resolved", HandoverState.RESOLVED)
                .getResultList();
        return ofHandovers(botId, handovers);
    }

    /** The caller's lists at the bot: their total, and every handover with anything unread. */
    public UnreadSummary ofBot(long botId) {
        Bot bot = access.visible(botId);
        UserAccount caller = accounts.current();
        List<UnreadCount> unread = counts.unreadInLists(caller.getId(), botId, access.supervises(bot, caller));
        return new UnreadSummary(botId, unread.stream().mapToLong(UnreadCount::unread).sum(), unread);
    }

    /** The sum of what the caller has not seen in their lists at the bot. */
    public long total(long botId) {
        return total(access.visible(botId), accounts.current());
    }

    /** The caller's total at each bot they may see, in the order of their dashboard. */
    public Map<Long, Long> perBot() {
        UserAccount caller = accounts.current();
        Map<Long, Long> totals = new LinkedHashMap<>();
        for (Bot bot : access.visibleToCaller()) {
            totals.put(bot.getId(), total(bot, caller));
        }
        return totals;
    }

    private long total(Bot bot, UserAccount caller) {
        return counts.total(caller.getId(), bot.getId(), access.supervises(bot, caller));
    }

    /**
     * The caller has seen the conversation up to the message named (null: up to its newest message):
     * their mark moves there unless it is further already, and names the conversation's open handover
     * as seen. A move is announced to the caller's own consoles.
     */
    public ReadState markRead(long botId, long conversationId, Long upToMessageId) {
        access.visible(botId);
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || conversation.getBot().getId() != botId) {
            throw new NotFoundException("Conversation", conversationId);
        }
        UserAccount caller = accounts.current();
        long last = lastMessage(conversationId, upToMessageId);
        Long handoverId = em.createNamedQuery(Handover.OPEN_OF_CONVERSATION, Handover.class)
                .setParameter("conversationId", conversationId).getResultStream().findFirst()
                .map(Handover::getId).orElse(null);
        Optional<ReadMark> mark = Optional.ofNullable(em.find(ReadMark.class, new ReadMark.Key(caller.getId(), conversationId)));
        boolean moves = mark.map(shown -> last > shown.getLastMessageId()
                || !Objects.equals(handoverId, shown.getHandoverId().orElse(null))).orElse(true);
        if (moves) {
            em.createNamedQuery(ReadMark.ADVANCE).setParameter(1, caller.getId()).setParameter(2, conversationId)
                    .setParameter(3, last).setParameter(4, handoverId).setParameter(5, Timestamp.from(clock.instant()))
                    .executeUpdate();
            read.fire(new ConversationRead(botId, conversationId, handoverId, caller.getUsername(), last));
        }
        long marked = Math.max(last, mark.map(ReadMark::getLastMessageId).orElse(0L));
        int left = handoverId == null ? 0
                : counts.of(caller.getId(), botId, List.of(handoverId)).stream().mapToInt(UnreadCount::unread).sum();
        return new ReadState(conversationId, handoverId, marked, left);
    }

    private long lastMessage(long conversationId, Long upToMessageId) {
        Long last = em.createQuery("SELECT MAX(m.id) FROM Message m WHERE m.conversation.id = :conversationId"
                        + " AND m.id <= :upTo", Long.class)
                .setParameter("conversationId", conversationId)
                .setParameter("upTo", upToMessageId == null ? Long.MAX_VALUE : upToMessageId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * What the caller's console should signal of the pushes named: each handover just requested at a bot
     * they are a member of that still waits, and each user's message in a conversation assigned to them.
     * Their own messages, anybody's replies and what they may not see signal nothing.
     */
    public List<Signal> signals(Collection<Long> requestedHandoverIds, Collection<Long> messageIds) {
        UserAccount caller = accounts.current();
        List<Signal> signals = new ArrayList<>();
        for (long id : requestedHandoverIds.stream().limit(MAX_IDS).toList()) {
            Handover handover = em.find(Handover.class, id);
            if (handover != null && handover.getState() == HandoverState.PENDING && handover.getBot().hasMember(caller)) {
                signals.add(signal(Signal.Kind.HANDOVER, "livechat-handover-" + id, handover,
                        handover.getReason() == null ? "" : handover.getReason()));
            }
        }
        for (long id : messageIds.stream().limit(MAX_IDS).toList()) {
            Message message = em.find(Message.class, id);
            if (message != null && message.getSender() == Sender.USER) {
                em.createNamedQuery(Handover.OPEN_OF_CONVERSATION, Handover.class)
                        .setParameter("conversationId", message.getConversation().getId()).getResultStream()
                        .filter(open -> open.getState() == HandoverState.ASSIGNED
                                && open.getAssignee().filter(caller::equals).isPresent())
                        .findFirst()
                        .ifPresent(open -> signals.add(signal(Signal.Kind.MESSAGE, "livechat-message-" + id, open,
                                cut(message.getText()))));
            }
        }
        return signals;
    }

    private static Signal signal(Signal.Kind kind, String tag, Handover handover, String text) {
        Conversation conversation = handover.getConversation();
        return new Signal(kind, tag, handover.getBot().getId(), handover.getBot().getName(), handover.getId(),
                conversation.getId(), conversation.getContact().getDisplayName(), text);
    }

    private static String cut(String text) {
        if (text.length() <= SIGNAL_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SIGNAL_TEXT - 1)) ? SIGNAL_TEXT - 1 : SIGNAL_TEXT;
        return text.substring(0, end) + "\u2026";
    }
}
