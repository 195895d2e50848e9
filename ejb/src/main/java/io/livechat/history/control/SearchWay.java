package io.livechat.history.control;

/**
 * The ways a conversation matches: each lists the conversations it finds (at most {@value HistoryQueries#FREQUENT}
 * and one more), or checks one conversation of the bot (c) as a condition of the scan.
 */
public enum SearchWay {
    /** A message holds every word (full-text; any bot's messages, the index has no bot). */
    MESSAGES("SELECT m.conversation_id FROM message m WHERE MATCH (m.text) AGAINST (?2 IN BOOLEAN MODE)",
            // Checked without the full-text index: MATCH in a correlated subquery took over 20 s for a word in
            // 200,000 messages. ?9 is one REGEXP per word, each the start of a word (the column's collation
            // makes it case-insensitive). A scalar subquery, as MariaDB turns an EXISTS into a materialized
            // scan of every message.
            "(SELECT 1 FROM message m WHERE m.conversation_id = c.id AND ?9 LIMIT 1) IS NOT NULL"),
    /** The contact's name, phone and email hold every word (full-text). */
    PROFILE("SELECT c.id FROM contact p JOIN conversation c ON c.contact_id = p.id"
            + " WHERE MATCH (p.name, p.phone, p.email) AGAINST (?2 IN BOOLEAN MODE) AND p.bot_id = ?1",
            "c.contact_id IN (SELECT p.id FROM contact p WHERE p.bot_id = ?1"
                    + " AND MATCH (p.name, p.phone, p.email) AGAINST (?2 IN BOOLEAN MODE))"),
    /** The contact's id on their channel starts with the text (ix_contact_bot_external_id). */
    VISITOR("SELECT c.id FROM contact p JOIN conversation c ON c.contact_id = p.id"
            + " WHERE p.bot_id = ?1 AND p.external_id LIKE ?3 ESCAPE '!'",
            "c.contact_id IN (SELECT v.id FROM contact v WHERE v.bot_id = ?1 AND v.external_id LIKE ?3 ESCAPE '!')"),
    /** A tag starts with the text (ix_conversation_tag_tag). */
    TAG("SELECT t.conversation_id FROM conversation_tag t JOIN conversation c ON c.id = t.conversation_id"
            + " WHERE t.tag LIKE ?4 ESCAPE '!' AND c.bot_id = ?1",
            "EXISTS (SELECT 1 FROM conversation_tag t WHERE t.conversation_id = c.id AND t.tag LIKE ?4 ESCAPE '!')");

    final String list;
    final String check;

    SearchWay(String list, String check) {
        this.list = list;
        this.check = check;
    }

    boolean needsWords() {
        return this == MESSAGES || this == PROFILE;
    }
}
