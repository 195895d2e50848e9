package io.livechat.history.control;

import io.livechat.history.boundary.HistoryFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL of the history search. A conversation of the bot matches when one of its messages holds
 * every word (full-text, as prefixes), or its contact's name, phone and email do, or one of its tags
 * or its visitor id starts with the typed text (B-tree ranges). Results come newest first, in the
 * order of {@code ix_conversation_bot}, and page by keyset on (last message, id).
 *
 * <p>Each way is looked up once per search ({@link #find}) in its own index: up to {@value #FREQUENT}
 * rows, the conversations it finds are a list of ids, and with every way listed the results are those
 * ids, read by primary key. A way that finds more (a word in thousands of messages, a tag on most
 * conversations) would make the list the cost, so then the bot's newest conversations are read in
 * index order and each is checked against that way, which stops as soon as the cap is full. A word of
 * the messages that is common among the bot's newest conversations skips its list: even limited, the
 * full-text index finds every match first. The caller has checked that the bot may be seen.
 */
@ApplicationScoped
public class HistoryQueries {

    /** Rows a way may find before the search reads the bot's conversations in order instead. */
    static final int FREQUENT = 2000;

    /** The bot's newest conversations a search looks into first, to tell a common word from a rarer one. */
    static final int PROBED = 200;

    /** A common word is in at least one conversation in this many: the page's results lie within this many times its rows. */
    private static final int WITHIN = 10;

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    @PersistenceContext
    private EntityManager em;

    private volatile Integer minTokenSize;

    /**
     * A search, looked up: its terms, the conversations found by the ways of matching that found few
     * (ids, any bot's: the search keeps to its bot's), and the ways that found too many to list, which
     * the search checks conversation by conversation instead.
     */
    public record Plan(HistoryFilter filter, SearchTerms terms, List<Long> found, Set<SearchWay> checked) {

        public Plan {
            found = List.copyOf(found);
            checked = checked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checked));
        }

        /** A way of matching found too many to list: the bot's conversations are read in order and each checked. */
        public boolean frequent() {
            return !checked.isEmpty();
        }
    }

    /** Where a conversation is in the results: the keyset. */
    public record Hit(long id, Instant lastMessageAt) {
    }

    public SearchTerms terms(String text) {
        return SearchTerms.of(text, minTokenSize());
    }

    /**
     * Looks the search up once and reads its first {@code limit} results: the conversations each way
     * lists, or the ways that find too many to list. A word in at least a tenth of the bot's newest
     * {@value #PROBED} conversations is not looked up in the full-text index at all (InnoDB computes
     * every match of a boolean query before any LIMIT: 200,000 for a word in one message in ten, 0.3 to
     * 0.7 s): the bot's newest {@code 10 × limit} conversations are read in order and checked, which
     * fills the page when the word is as common further back, and is the whole answer for a bot with no
     * more conversations than those. When it does not (a word of today's conversations only), the index
     * lists it after all.
     */
    public SearchCache.Found find(HistoryFilter filter, int limit) {
        SearchTerms terms = terms(filter.text());
        Set<Long> found = new TreeSet<>();
        Set<SearchWay> checked = EnumSet.noneOf(SearchWay.class);
        for (SearchWay way : SearchWay.values()) {
            if (way != SearchWay.MESSAGES && searched(way, terms)) {
                list(way, filter, terms, found, checked);
            }
        }
        if (searched(SearchWay.MESSAGES, terms)) {
            Optional<SearchCache.Found> scanned = scanned(filter, terms, found, checked, limit);
            if (scanned.isPresent()) {
                return scanned.get();
            }
            list(SearchWay.MESSAGES, filter, terms, found, checked);
        }
        Plan plan = new Plan(filter, terms, new ArrayList<>(found), checked);
        return new SearchCache.Found(plan, hits(plan, null, limit));
    }

    /** Whether the text is matched this way: nothing typed matches no way, and some ways need words. */
    private static boolean searched(SearchWay way, SearchTerms terms) {
        return !terms.isBlank() && (!way.needsWords() || terms.hasWords());
    }

    /**
     * The first results of a common word, its messages checked conversation by conversation down to
     * the bot's {@code 10 × limit}th newest: empty for a word that is not common, or when that does not
     * fill the page and the bot has more.
     */
    private Optional<SearchCache.Found> scanned(HistoryFilter filter, SearchTerms terms, Set<Long> found,
            Set<SearchWay> checked, int limit) {
        if (!common(filter, terms)) {
            return Optional.empty();
        }
        Set<SearchWay> scanned = EnumSet.copyOf(checked);
        scanned.add(SearchWay.MESSAGES);
        Plan plan = new Plan(filter, terms, new ArrayList<>(found), scanned);
        Hit floor = newest(filter, WITHIN * limit);
        List<Hit> hits = hits(plan, null, limit, floor, 0);
        return hits.size() == limit || floor == null ? Optional.of(new SearchCache.Found(plan, hits)) : Optional.empty();
    }

    /** The conversations the way finds, or, when it finds too many to list, the way as one to check. */
    private void list(SearchWay way, HistoryFilter filter, SearchTerms terms, Set<Long> found, Set<SearchWay> checked) {
        List<?> ids = query(way.list + " LIMIT " + (FREQUENT + 1), values(filter, terms)).getResultList();
        if (ids.size() > FREQUENT) {
            checked.add(way);
        } else {
            ids.forEach(id -> found.add(((Number) id).longValue()));
        }
    }

    /** Whether at least a tenth of the bot's newest {@value #PROBED} conversations hold every word. */
    private boolean common(HistoryFilter filter, SearchTerms terms) {
        String probe = "SELECT COUNT(*) FROM (SELECT c.id FROM conversation c WHERE c.bot_id = ?1"
                + " ORDER BY c.last_message_at DESC, c.id DESC LIMIT " + PROBED + ") c WHERE "
                + SearchWay.MESSAGES.check.replace("?9", wordChecks(terms));
        return ((Number) query(probe, values(filter, terms)).getSingleResult()).intValue() * WITHIN >= PROBED;
    }

    /**
     * Up to {@code limit} matching conversations after the hit (from the newest without one). With
     * every way listed, the ids are read by primary key and sorted; a way that found too many makes
     * it a read of the bot's conversations in {@code ix_conversation_bot} order, which stops at the limit.
     */
    public List<Hit> hits(Plan plan, Hit after, int limit) {
        return hits(plan, after, limit, null, 0);
    }

    /**
     * The oldest of the bot's {@code count} newest conversations (of the filter's channel and state),
     * read from {@code ix_conversation_bot} alone; null when it has fewer.
     */
    private Hit newest(HistoryFilter filter, int count) {
        List<Hit> oldest = hits(new Plan(filter, terms(""), List.of(), Set.of()), null, 1, null, count - 1);
        return oldest.isEmpty() ? null : oldest.get(0);
    }

    /** {@link #hits(Plan, Hit, int)} down to the floor (the whole bot without one), skipping the first {@code offset}. */
    private List<Hit> hits(Plan plan, Hit after, int limit, Hit floor, int offset) {
        HistoryFilter filter = plan.filter();
        boolean all = plan.terms().isBlank();
        if (!all && plan.found().isEmpty() && !plan.frequent()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT c.id, c.last_message_at FROM conversation c WHERE c.bot_id = ?1");
        if (filter.channel() != null) {
            sql.append(" AND c.channel = ?5");
        }
        if (filter.state() != null) {
            sql.append(" AND c.responder = ?6");
        }
        if (after != null) {
            sql.append(" AND (c.last_message_at < ?7 OR (c.last_message_at = ?7 AND c.id < ?8))");
        }
        if (floor != null) {
            // A range of the index read newest first, so the scan still stops as soon as the limit is full.
            sql.append(" AND (c.last_message_at > ?10 OR (c.last_message_at = ?10 AND c.id >= ?11))");
        }
        if (!all) {
            List<String> ways = new ArrayList<>();
            if (!plan.found().isEmpty()) {
                // Ids the database gave, never typed text.
                ways.add("c.id IN (" + plan.found().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
            }
            plan.checked().forEach(way -> ways.add(way.check.replace("?9", wordChecks(plan.terms()))));
            sql.append(" AND (").append(String.join(" OR ", ways)).append(')');
        }
        sql.append(" ORDER BY c.last_message_at DESC, c.id DESC LIMIT ").append(limit);
        if (offset > 0) {
            sql.append(" OFFSET ").append(offset);
        }
        Map<Integer, Object> values = values(filter, plan.terms());
        if (filter.channel() != null) {
            values.put(5, filter.channel().name());
        }
        if (filter.state() != null) {
            values.put(6, filter.state().name());
        }
        if (after != null) {
            values.put(7, Timestamp.from(after.lastMessageAt()));
            values.put(8, after.id());
        }
        if (floor != null) {
            values.put(10, Timestamp.from(floor.lastMessageAt()));
            values.put(11, floor.id());
        }
        return rows(query(sql.toString(), values)).stream()
                .map(row -> new Hit(((Number) row[0]).longValue(), instant(row[1]))).toList();
    }

    /**
     * Each word as the start of a word of the message (words are letters, digits and underscores
     * only, so none needs escaping in a pattern).
     */
    private static String wordChecks(SearchTerms terms) {
        return terms.words().stream().map(word -> "m.text REGEXP '(^|[^[:alnum:]_])" + word + "'")
                .collect(Collectors.joining(" AND "));
    }

    /** What the ways' SQL names: ?1 the bot, ?2 the full-text query, ?3 the visitor id's and ?4 the tag's LIKE. */
    private static Map<Integer, Object> values(HistoryFilter filter, SearchTerms terms) {
        Map<Integer, Object> values = new HashMap<>();
        values.put(1, filter.botId());
        values.put(2, terms.booleanQuery());
        values.put(3, terms.likePrefix());
        values.put(4, terms.tagPrefix());
        return values;
    }

    /** The SQL with each ?N as a plain JDBC parameter, bound in the order they stand (one may stand twice). */
    private Query query(String numbered, Map<Integer, Object> values) {
        Matcher parameter = NUMBERED.matcher(numbered);
        List<Object> bound = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (parameter.find()) {
            bound.add(values.get(Integer.valueOf(parameter.group(1))));
            parameter.appendReplacement(sql, "?");
        }
        parameter.appendTail(sql);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < bound.size(); i++) {
            query.setParameter(i + 1, bound.get(i));
        }
        return query;
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
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A DATETIME(6) column of a native query as the instant it stores (UTC). */
    public static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.LocalDateTime local ? Timestamp.valueOf(local).toInstant() : (Instant) value;
    }
}
