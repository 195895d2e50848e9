package io.livechat.history.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.entity.Conversation;
import io.livechat.handover.boundary.HandoverChanged;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.history.control.HistoryEntries;
import io.livechat.history.control.HistoryQueries;
import io.livechat.history.control.HistoryQueries.Hit;
import io.livechat.history.control.HistoryQueries.Plan;
import io.livechat.history.control.ResultRows;
import io.livechat.history.control.SearchCache;
import io.livechat.history.control.SearchCache.Found;
import io.livechat.history.control.SearchTerms;
import io.livechat.shared.boundary.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history of a bot's conversations, resolved ones included: search, the pages of its results and
 * their export, and one conversation read-only with its handover boundaries. For everyone who may see
 * the bot (agents too: a contact centre looks up earlier conversations); a bot the caller may not see
 * is refused (403), a conversation of such a bot is one that does not exist (404).
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class History {

    /** The most rows one {@link #after} call reads: an export's page. */
    public static final int EXPORT_PAGE = 500;

    /** The transitions that mark a boundary; calls are not handovers moving. */
    private static final Set<HandoverAction> BOUNDARIES = EnumSet.of(HandoverAction.REQUESTED, HandoverAction.ASSIGNED,
            HandoverAction.UNASSIGNED, HandoverAction.TRANSFERRED, HandoverAction.REASSIGNED, HandoverAction.RESOLVED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Conversations conversations;

    @Inject
    private HistoryQueries queries;

    @Inject
    private ResultRows rows;

    @Inject
    private SearchCache cache;

    /**
     * The rows {@code first} to {@code first + size} of the search's results, newest conversation first,
     * with how many match (up to {@link HistoryResults#CAP}).
     */
    public HistoryResults search(HistoryFilter filter, int first, int size) {
        check(filter);
        Found found = found(filter);
        List<Hit> hits = found.hits();
        int total = Math.min(hits.size(), HistoryResults.CAP);
        int from = Math.max(0, Math.min(first, total));
        List<Hit> page = hits.subList(from, Math.min(total, from + Math.max(0, size)));
        SearchTerms terms = found.plan().terms();
        return new HistoryResults(rows.of(page, terms), total, hits.size() > HistoryResults.CAP,
                terms.notSearched(), found.plan().frequent());
    }

    /**
     * Up to {@code size} matching conversations after the row (from the newest without one), newest
     * first: the export's pages, each the one after the last row of the one before (keyset on last
     * message, then id), so an export holds every match however many there are. The search's word
     * look-up is kept with its first results (15 s), so the pages of one export look the words up once.
     */
    public List<HistoryRow> after(HistoryFilter filter, HistoryRow last, int size) {
        check(filter);
        Plan plan = found(filter).plan();
        Hit after = last == null ? null : new Hit(last.conversationId(), last.lastMessageAt());
        return rows.of(queries.hits(plan, after, Math.max(1, Math.min(size, EXPORT_PAGE))), plan.terms());
    }

    private Found found(HistoryFilter filter) {
        return cache.get(filter, () -> queries.find(filter, HistoryResults.CAP + 1));
    }

    /** The bot's name, for a caller who may see the bot (refused otherwise, before anything of it shows). */
    public String botName(long botId) {
        return access.visible(botId).getName();
    }

    private void check(HistoryFilter filter) {
        access.visible(filter.botId());
        if (filter.text().length() > HistoryFilter.MAX_TEXT) {
            throw new InvalidInputException("q: at most " + HistoryFilter.MAX_TEXT + " characters");
        }
    }

    /** The conversation, read-only, for a caller who may see its bot (404 otherwise). */
    public HistoryConversation conversation(long conversationId) {
        Conversation conversation = conversations.visible(conversationId);
        Contact contact = conversation.getContact();
        Bot bot = conversation.getBot();
        List<HistoryEntry> entries = HistoryEntries.merge(conversations.transcript(conversationId),
                boundaries(conversation));
        List<ContactConversation> ofContact = em.createQuery("SELECT c FROM Conversation c WHERE c.contact = :contact"
                        + " ORDER BY c.startedAt DESC, c.id DESC", Conversation.class)
                .setParameter("contact", contact)
                .getResultStream()
                .map(other -> new ContactConversation(other.getId(), other.getChannel(), other.getStartedAt(),
                        other.getLastMessageAt(), other.getResponder()))
                .toList();
        return new HistoryConversation(conversation.getId(), bot.getId(), bot.getName(), contact.getId(),
                contact.getDisplayName(), contact.getPhone(), contact.getEmail(), contact.getExternalId(),
                conversation.getChannel(), conversation.getStartedAt(), conversation.getLastMessageAt(),
                conversation.getResponder(), new ArrayList<>(conversation.getTags()), entries, ofContact);
    }

    /** The conversation's handovers' transitions, oldest first, each actor named as people read them. */
    private List<HistoryBoundary> boundaries(Conversation conversation) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT e.handover_id, e.occurred_at, e.action, e.actor, h.step,"
                        + " e.detail FROM audit_event e JOIN handover h ON h.id = e.handover_id"
                        + " WHERE h.conversation_id = ? ORDER BY e.occurred_at, e.id")
                .setParameter(1, conversation.getId())
                .getResultList();
        Set<String> usernames = events.stream().map(event -> (String) event[3]).collect(Collectors.toSet());
        Map<String, String> names = usernames.isEmpty() ? Map.of()
                : em.createQuery("SELECT u FROM UserAccount u WHERE u.username IN :usernames", UserAccount.class)
                        .setParameter("usernames", usernames)
                        .getResultStream()
                        .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName));
        String engine = BotAccess.BOT_CALLER_PREFIX + conversation.getBot().getId();
        List<HistoryBoundary> boundaries = new ArrayList<>();
        for (Object[] event : events) {
            HandoverAction action = HandoverAction.valueOf((String) event[2]);
            if (BOUNDARIES.contains(action)) {
                String actor = (String) event[3];
                String name = HandoverChanged.SYSTEM.equals(actor) ? null
                        : engine.equals(actor) ? conversation.getBot().getName() : names.getOrDefault(actor, actor);
                boundaries.add(new HistoryBoundary(((Number) event[0]).longValue(), HistoryQueries.instant(event[1]),
                        action, name, (String) event[4], (String) event[5]));
            }
        }
        return boundaries;
    }
}
