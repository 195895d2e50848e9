package io.livechat.history.control;

import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import io.livechat.history.boundary.HistoryRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the rows of a page of results show, for the page's conversations only: three small queries
 * (the conversations with their contacts, their tags, their newest messages for the snippet).
 */
@ApplicationScoped
public class ResultRows {

    /** Messages read at most to find a page's snippets (newest first). */
    private static final int SNIPPET_MESSAGES = 5000;
    private static final int SNIPPET_BEFORE = 40;
    private static final int SNIPPET_LENGTH = 160;

    @PersistenceContext
    private EntityManager em;

    /** The rows the hits show, in the hits' order, with their tags and snippets. */
    public List<HistoryRow> of(List<HistoryQueries.Hit> hits, SearchTerms terms) {
        if (hits.isEmpty()) {
            return List.of();
        }
        String ids = hits.stream().map(hit -> String.valueOf(hit.id())).collect(Collectors.joining(","));
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] row : HistoryQueries.rows(em.createNativeQuery("SELECT conversation_id, tag FROM conversation_tag"
                + " WHERE conversation_id IN (" + ids + ") ORDER BY conversation_id, tag"))) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, String> snippets = terms.hasWords() ? snippets(ids, terms) : Map.of();
        Map<Long, HistoryRow> byId = new LinkedHashMap<>();
        for (Object[] row : HistoryQueries.rows(em.createNativeQuery("SELECT c.id, c.contact_id, p.name, c.channel, c.started_at,"
                + " c.last_message_at, c.responder FROM conversation c JOIN contact p ON p.id = c.contact_id"
                + " WHERE c.id IN (" + ids + ")"))) {
            long id = ((Number) row[0]).longValue();
            long contactId = ((Number) row[1]).longValue();
            String name = row[2] == null ? Contact.placeholderName(contactId) : (String) row[2];
            byId.put(id, new HistoryRow(id, contactId, name, Channel.valueOf((String) row[3]), HistoryQueries.instant(row[4]),
                    HistoryQueries.instant(row[5]), Responder.valueOf((String) row[6]), tags.getOrDefault(id, List.of()),
                    snippets.get(id)));
        }
        return hits.stream().map(hit -> byId.get(hit.id())).filter(row -> row != null).toList();
    }

    /** Each conversation's newest message that holds every word, cut around the first of them. */
    private Map<Long, String> snippets(String ids, SearchTerms terms) {
        Map<Long, String> snippets = new HashMap<>();
        List<Object[]> messages = HistoryQueries.rows(em.createNativeQuery("SELECT conversation_id, text FROM message"
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

    /** The text around the position found (about 40 characters before it, from a word start), at most 160. */
    static String excerpt(String text, int found) {
        int at = Math.min(Math.max(found, 0), text.length());
        int start = Math.max(0, at - SNIPPET_BEFORE);
        while (start > 0 && start > at - SNIPPET_BEFORE - 15 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
