package io.livechat.history.control;

import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import io.livechat.history.boundary.HistoryFilter;
import io.livechat.history.boundary.HistoryRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of the history search. A conversation of the bot matches when one of its messages holds
 * every word (full-text, as prefixes), or its contact's name, phone and email do, or one of its tags
 * or its visitor id starts with the typed text (B-tree ranges). Results come newest first, in the
 * order of {@code ix_conversation_bot}, and page by keyset on (last message, id).
 *
 * <p>The message words are looked up once per search ({@link #plan}): up to {@value #FREQUENT}
 * matching messages, their conversations are a list of ids the search then keeps to. A word found in
 * more messages than that would make the list the cost, so then the bot's newest conversations are
 * read in index order and each is checked against its own messages, which stops as soon as a page,
 * or the cap, is full. The caller has checked that the bot may be seen.
 */
@ApplicationScoped
public class HistoryQueries {

    /** Messages a word may match before the search reads conversations in order instead. */
    static final int FREQUENT = 2000;

    /** Messages read at most to find a page's snippets (newest first). */
    private static final int SNIPPET_MESSAGES = 5000;
    private static final int SNIPPET_BEFORE = 40;
    private static final int SNIPPET_LENGTH = 160;

    @PersistenceContext
    private EntityManager em;

    private volatile Integer minTokenSize;

    /** A search, looked up: its terms and, unless a word is frequent, the conversations whose messages match. */
    public record Plan(HistoryFilter filter, SearchTerms terms, List<Long> messageHits) {

        public Plan {
            messageHits = messageHits == null ? null : List.copyOf(messageHits);
        }

        /** A word is too frequent for a list of its conversations: they are checked one by one. */
        public boolean frequent() {
            return terms.hasWords() && messageHits == null;
        }
    }

    /** Where a conversation is in the results: the keyset. */
    public record Hit(long id, Instant lastMessageAt) {
    }

    public SearchTerms terms(String text) {
        return SearchTerms.of(text, minTokenSize());
    }

    /** Looks the words up in the message index once: the conversations they are in, or frequent. */
    public Plan plan(HistoryFilter filter) {
        SearchTerms terms = terms(filter.text());
        if (!terms.hasWords()) {
            return new Plan(filter, terms, List.of());
        }
        List<?> found = em.createNativeQuery("SELECT m.conversation_id FROM message m"
                        + " WHERE MATCH (m.text) AGAINST (? IN BOOLEAN MODE) LIMIT " + (FREQUENT + 1))
                .setParameter(1, terms.booleanQuery())
                .getResultList();
        if (found.size() > FREQUENT) {
            return new Plan(filter, terms, null);
        }
        return new Plan(filter, terms, found.stream().map(id -> ((Number) id).longValue()).distinct().sorted().toList());
    }

    /** Up to {@code limit} matching conversations after the hit (from the newest without one). */
    public List<Hit> hits(Plan plan, Hit after, int limit) {
        HistoryFilter filter = plan.filter();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT c.id, c.last_message_at FROM conversation c WHERE c.bot_id = ?");
        parameters.add(filter.botId());
        if (filter.channel() != null) {
            sql.append(" AND c.channel = ?");
            parameters.add(filter.channel().name());
        }
        if (filter.state() != null) {
            sql.append(" AND c.responder = ?");
            parameters.add(filter.state().name());
        }
        if (after != null) {
            sql.append(" AND (c.last_message_at < ? OR (c.last_message_at = ? AND c.id < ?))");
            Timestamp at = Timestamp.from(after.lastMessageAt());
            parameters.addAll(List.of(at, at, after.id()));
        }
        if (!plan.terms().isBlank()) {
            sql.append(" AND (").append(matching(plan, parameters)).append(')');
        }
        sql.append(" ORDER BY c.last_message_at DESC, c.id DESC LIMIT ").append(limit);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return rows(query).stream().map(row -> new Hit(((Number) row[0]).longValue(), instant(row[1]))).toList();
    }

    /** The OR of every way a conversation may match the terms. */
    private static String matching(Plan plan, List<Object> parameters) {
        SearchTerms terms = plan.terms();
        List<String> ways = new ArrayList<>();
        if (terms.hasWords()) {
            if (plan.frequent()) {
                ways.add("EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id"
                        + " AND MATCH (m.text) AGAINST (? IN BOOLEAN MODE))");
                parameters.add(terms.booleanQuery());
            } else if (!plan.messageHits().isEmpty()) {
                // Ids the database gave, never typed text.
                ways.add("c.id IN (" + plan.messageHits().stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ")");
            }
            ways.add("c.contact_id IN (SELECT p.id FROM contact p WHERE p.bot_id = ?"
                    + " AND MATCH (p.name, p.phone, p.email) AGAINST (? IN BOOLEAN MODE))");
            parameters.add(plan.filter().botId());
            parameters.add(terms.booleanQuery());
        }
        ways.add("c.contact_id IN (SELECT v.id FROM contact v WHERE v.bot_id = ? AND v.external_id LIKE ? ESCAPE '!')");
        parameters.add(plan.filter().botId());
        parameters.add(terms.likePrefix());
        ways.add("c.id IN (SELECT t.conversation_id FROM conversation_tag t WHERE t.tag LIKE ? ESCAPE '!')");
        parameters.add(terms.tagPrefix());
        return String.join(" OR ", ways);
    }

    /** The rows the hits show, in the hits' order, with their tags and snippets. */
    public List<HistoryRow> rows(List<Hit> hits, SearchTerms terms) {
        if (hits.isEmpty()) {
            return List.of();
        }
        String ids = hits.stream().map(hit -> String.valueOf(hit.id())).collect(Collectors.joining(","));
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT conversation_id, tag FROM conversation_tag"
                + " WHERE conversation_id IN (" + ids + ") ORDER BY conversation_id, tag"))) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, String> snippets = terms.hasWords() ? snippets(ids, terms) : Map.of();
        Map<Long, HistoryRow> byId = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT c.id, c.contact_id, p.name, c.channel, c.started_at,"
                + " c.last_message_at, c.responder FROM conversation c JOIN contact p ON p.id = c.contact_id"
                + " WHERE c.id IN (" + ids + ")"))) {
            long id = ((Number) row[0]).longValue();
            long contactId = ((Number) row[1]).longValue();
            String name = row[2] == null ? Contact.placeholderName(contactId) : (String) row[2];
            byId.put(id, new HistoryRow(id, contactId, name, Channel.valueOf((String) row[3]), instant(row[4]),
                    instant(row[5]), Responder.valueOf((String) row[6]), tags.getOrDefault(id, List.of()),
                    snippets.get(id)));
        }
        return hits.stream().map(hit -> byId.get(hit.id())).filter(row -> row != null).toList();
    }

    /** Each conversation's newest message that holds every word, cut around the first of them. */
    private Map<Long, String> snippets(String ids, SearchTerms terms) {
        Map<Long, String> snippets = new HashMap<>();
        List<Object[]> messages = rows(em.createNativeQuery("SELECT conversation_id, text FROM message"
                        + " WHERE conversation_id IN (" + ids + ") ORDER BY id DESC")
                .setMaxResults(SNIPPET_MESSAGES));
        for (Object[] message : messages) {
            long conversation = ((Number) message[0]).longValue();
            String text = (String) message[1];
            if (!snippets.containsKey(conversation) && terms.matches(text)) {
                snippets.put(conversation, excerpt(text, terms.firstMatch(text)));
            }
        }
        return snippets;
    }

    static String excerpt(String text, int at) {
        int start = Math.max(0, at - SNIPPET_BEFORE);
        while (start > 0 && start > at - SNIPPET_BEFORE - 15 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** The shortest word the full-text indexes hold (innodb_ft_min_token_size), read once. */
    private int minTokenSize() {
        Integer size = minTokenSize;
        if (size == null) {
            size = ((Number) em.createNativeQuery("SELECT @@innodb_ft_min_token_size").getSingleResult()).intValue();
            minTokenSize = size;
        }
        return size;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A DATETIME(6) column of a native query as the instant it stores (UTC). */
    public static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.LocalDateTime local ? Timestamp.valueOf(local).toInstant() : (Instant) value;
    }
}
