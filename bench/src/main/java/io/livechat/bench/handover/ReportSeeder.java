package io.livechat.bench.handover;

import io.livechat.bench.support.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of issue 12's speed targets, written straight into MariaDB by set-based SQL over its
 * sequence tables: {@link #HANDOVERS} handovers over 90 days (ending six hours ago) of 4 bots with 4
 * agents each, one conversation each, {@link #MESSAGES} messages, as the application leaves them
 * (report facts of V40/V41, holds, audit trail, tags, presence history). Every fact is computed once
 * into a scratch table ({@code bench_report_seed}) from a few hashes of the row number, then copied
 * into the real tables, so the data is the same in every run and its right answers are known:
 * <ul>
 * <li>waits: 45 % under a minute, 30 % 1-5, 15 % 5-15, 7 % 15-60 min, 3 % over an hour;</li>
 * <li>8 % went back to the queue once and were taken by another agent of the bot;</li>
 * <li>the newest 400 are still waiting (80) or assigned (80), the rest resolved;</li>
 * <li>a quarter of the contacts wrote again (150,000 contacts, 200,000 conversations);</li>
 * <li>words: {@code refund} in about one message in ten, {@code chargeback} in {@link #CHARGEBACKS},
 * {@code Müller} in one contact name in 50 and one message in 200.</li>
 * </ul>
 */
final class ReportSeeder {

    static final int HANDOVERS = 200_000;
    static final int MESSAGES_PER_CONVERSATION = 10;
    static final int MESSAGES = HANDOVERS * MESSAGES_PER_CONVERSATION;
    static final int CONTACTS = 150_000;
    static final int CHARGEBACKS = 50;
    static final int AGENTS_PER_BOT = 4;

    private final Db db;
    private final String prefix;

    /** What the seeding found and took. */
    record Seeded(long handoverMark, long conversationMark, double seconds) {
    }

    ReportSeeder(Db db, String runId) {
        this.db = db;
        this.prefix = "bench-" + runId + "-r";
    }

    /**
     * Seeds for the bots (in order) and their agents (user ids, {@link #AGENTS_PER_BOT} per bot, in
     * bot order); {@code usernames} are the agents' usernames in the same order.
     */
    Seeded seed(List<Long> bots, List<Long> agents, List<String> usernames) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = db.open(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_report_agent, bench_report_seed");
            sql.execute("CREATE TABLE bench_report_agent (bot_index INT, slot INT, bot_id BIGINT, account_id BIGINT,"
                    + " username VARCHAR(80), PRIMARY KEY (bot_index, slot)) ENGINE = InnoDB");
            try (PreparedStatement agent = connection.prepareStatement("INSERT INTO bench_report_agent VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < agents.size(); i++) {
                    agent.setInt(1, i / AGENTS_PER_BOT);
                    agent.setInt(2, i % AGENTS_PER_BOT);
                    agent.setLong(3, bots.get(i / AGENTS_PER_BOT));
                    agent.setLong(4, agents.get(i));
                    agent.setString(5, usernames.get(i));
                    agent.executeUpdate();
                }
            }
            facts(sql);
            long contactMark = Db.maxId(sql, "contact");
            long conversationMark = Db.maxId(sql, "conversation");
            long handoverMark = Db.maxId(sql, "handover");
            contacts(connection, sql);
            conversations(sql, conversationMark);
            handovers(sql, handoverMark);
            trail(sql);
            messages(sql);
            presence(sql);
            System.out.printf("  seeded: contacts from id %d, conversations from %d, handovers from %d%n",
                    contactMark + 1, conversationMark + 1, handoverMark + 1);
            sql.execute("ANALYZE TABLE contact, conversation, conversation_tag, message, handover, handover_hold,"
                    + " audit_event, presence_change");
            return new Seeded(handoverMark, conversationMark, (System.nanoTime() - start) / 1e9);
        }
    }

    /** One row per handover with everything it will be: bot, channel, times, holders, state. */
    private static void facts(Statement sql) throws SQLException {
        sql.execute("CREATE TABLE bench_report_seed (i INT PRIMARY KEY, bot_index INT, channel VARCHAR(16), h INT, h2 INT,"
                + " contact_i INT, requested_at DATETIME(6), wait_s INT, resp_s INT, handle_s INT, returned BOOLEAN,"
                + " state VARCHAR(16), t_a1 DATETIME(6), t_ret DATETIME(6), t_a2 DATETIME(6), t_resp DATETIME(6),"
                + " t_res DATETIME(6), t_last DATETIME(6), contact_id BIGINT, conversation_id BIGINT, handover_id BIGINT,"
                + " KEY (conversation_id)) ENGINE = InnoDB");
        // 90 days ending six hours ago: the longest wait, first response and handling end before now.
        sql.execute("INSERT INTO bench_report_seed (i, bot_index, channel, h, h2, contact_i, requested_at)"
                + " SELECT seq, seq % 4, IF(seq % 3 = 0, 'WHATSAPP', 'WEB'), (seq * 2654435761) % 1000, (seq * 40503) % 1000,"
                + " seq - IF(seq > " + CONTACTS + ", " + CONTACTS + ", 0),"
                + " UTC_TIMESTAMP(6) - INTERVAL 90 DAY - INTERVAL 6 HOUR + INTERVAL FLOOR(seq * 38.88) SECOND"
                + " FROM seq_1_to_" + HANDOVERS);
        sql.execute("UPDATE bench_report_seed SET"
                + " wait_s = CASE WHEN h < 450 THEN h % 60 WHEN h < 750 THEN 60 + (h * 37) % 240"
                + "   WHEN h < 900 THEN 300 + (h * 53) % 600 WHEN h < 970 THEN 900 + (h * 71) % 2700 ELSE 3600 + (h * 97) % 7200 END,"
                + " resp_s = 5 + (h2 * 13) % 300, handle_s = 120 + (h2 * 29) % 2400, returned = h2 < 80,"
                + " state = CASE WHEN i <= " + (HANDOVERS - 400) + " THEN 'RESOLVED' WHEN (i DIV 4) % 5 = 0 THEN 'PENDING'"
                + "   WHEN (i DIV 4) % 5 = 1 THEN 'ASSIGNED' ELSE 'RESOLVED' END");
        sql.execute("UPDATE bench_report_seed SET t_a1 = requested_at + INTERVAL wait_s SECOND WHERE state <> 'PENDING'");
        sql.execute("UPDATE bench_report_seed SET t_ret = t_a1 + INTERVAL 60 + h % 600 SECOND,"
                + " t_a2 = t_a1 + INTERVAL 90 + h % 600 + h2 % 300 SECOND WHERE returned AND state <> 'PENDING'");
        sql.execute("UPDATE bench_report_seed SET t_resp = COALESCE(t_a2, t_a1) + INTERVAL resp_s SECOND WHERE state <> 'PENDING'");
        sql.execute("UPDATE bench_report_seed SET t_res = t_resp + INTERVAL handle_s SECOND WHERE state = 'RESOLVED'");
        // The last message: the 10th, at 6/8 of the handling after the first response; waiting ones wrote until 9 s after asking.
        sql.execute("UPDATE bench_report_seed SET t_last = IF(state = 'PENDING', requested_at + INTERVAL 9 SECOND,"
                + " t_resp + INTERVAL (6 * handle_s) DIV 8 SECOND)");
    }

    private void contacts(Connection connection, Statement sql) throws SQLException {
        Db.execute(connection, "INSERT INTO contact (bot_id, channel, external_id, name, phone, email, created_at)"
                + " SELECT a.bot_id, s.channel, CONCAT(?, s.i),"
                + " CONCAT(ELT(1 + s.i % 8, 'Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hugo'), ' ',"
                + "   IF(s.i % 50 = 0, 'Müller', ELT(1 + (s.i DIV 8) % 8, 'Schmidt', 'Meyer', 'Weber', 'Wagner', 'Becker',"
                + "   'Hoffmann', 'Koch', 'Richter'))),"
                + " IF(s.channel = 'WHATSAPP', CONCAT('+4917', LPAD(s.i, 8, '0')), NULL),"
                + " IF(s.channel = 'WEB' AND s.i % 2 = 0, CONCAT('bench', s.i, '@example.com'), NULL),"
                + " s.requested_at - INTERVAL 2 MINUTE"
                + " FROM bench_report_seed s JOIN bench_report_agent a ON a.bot_index = s.bot_index AND a.slot = 0"
                + " WHERE s.i <= " + CONTACTS + " ORDER BY s.i", prefix);
        Db.execute(connection, "UPDATE bench_report_seed s JOIN bench_report_agent a ON a.bot_index = s.bot_index AND a.slot = 0"
                + " JOIN contact c ON c.bot_id = a.bot_id AND c.channel = s.channel AND c.external_id = CONCAT(?, s.contact_i)"
                + " SET s.contact_id = c.id", prefix);
    }

    /** Conversations in row order: one INSERT ... SELECT takes consecutive ids, which {@link #check} proves. */
    private static void conversations(Statement sql, long mark) throws SQLException {
        sql.execute("INSERT INTO conversation (bot_id, contact_id, channel, responder, started_at, last_message_at)"
                + " SELECT a.bot_id, s.contact_id, s.channel,"
                + " CASE s.state WHEN 'PENDING' THEN 'QUEUED' WHEN 'ASSIGNED' THEN 'AGENT' ELSE 'BOT' END,"
                + " s.requested_at - INTERVAL 80 SECOND, s.t_last"
                + " FROM bench_report_seed s JOIN bench_report_agent a ON a.bot_index = s.bot_index AND a.slot = 0 ORDER BY s.i");
        sql.execute("UPDATE bench_report_seed SET conversation_id = " + mark + " + i");
        sql.execute("INSERT INTO conversation_tag (conversation_id, tag)"
                + " SELECT conversation_id, 'refund' FROM bench_report_seed WHERE i % 10 < 2"
                + " UNION ALL SELECT conversation_id, 'vip' FROM bench_report_seed WHERE i % 7 = 0"
                + " UNION ALL SELECT conversation_id, 'billing' FROM bench_report_seed WHERE i % 10 = 5");
    }

    private static void handovers(Statement sql, long mark) throws SQLException {
        sql.execute("INSERT INTO handover (conversation_id, bot_id, state, step, reason, assignee_id, requested_at, assigned_at,"
                + " resolved_at, first_assigned_at, first_response_at, return_count, channel)"
                + " SELECT s.conversation_id, a1.bot_id, s.state, ELT(1 + s.i % 3, 'ask-order', 'billing', 'human'),"
                + " 'Seeded by the benchmark', IF(s.state = 'PENDING', NULL, IF(s.returned, a2.account_id, a1.account_id)),"
                + " s.requested_at, COALESCE(s.t_a2, s.t_a1), s.t_res, s.t_a1, s.t_resp, IF(s.returned AND s.state <> 'PENDING', 1, 0),"
                + " s.channel"
                + " FROM bench_report_seed s JOIN bench_report_agent a1 ON a1.bot_index = s.bot_index AND a1.slot = (s.i DIV 4) % 4"
                + " JOIN bench_report_agent a2 ON a2.bot_index = s.bot_index AND a2.slot = (s.i DIV 4 + 1) % 4 ORDER BY s.i");
        sql.execute("UPDATE bench_report_seed SET handover_id = " + mark + " + i");
    }

    /** The audit trail and one hold per agent who held each handover. */
    private static void trail(Statement sql) throws SQLException {
        String from = " FROM bench_report_seed s JOIN bench_report_agent a1 ON a1.bot_index = s.bot_index AND a1.slot = (s.i DIV 4) % 4"
                + " JOIN bench_report_agent a2 ON a2.bot_index = s.bot_index AND a2.slot = (s.i DIV 4 + 1) % 4";
        sql.execute("INSERT INTO audit_event (handover_id, bot_id, actor, action, from_state, to_state, occurred_at, detail)"
                + " SELECT s.handover_id, a1.bot_id, 'bench-flow', 'REQUESTED', NULL, 'PENDING', s.requested_at,"
                + "   'seeded by the benchmark'" + from
                + " UNION ALL SELECT s.handover_id, a1.bot_id, a1.username, 'ASSIGNED', 'PENDING', 'ASSIGNED', s.t_a1, NULL" + from
                + "   WHERE s.state <> 'PENDING'"
                + " UNION ALL SELECT s.handover_id, a1.bot_id, a1.username, 'UNASSIGNED', 'ASSIGNED', 'PENDING', s.t_ret, NULL" + from
                + "   WHERE s.t_ret IS NOT NULL"
                + " UNION ALL SELECT s.handover_id, a1.bot_id, a2.username, 'ASSIGNED', 'PENDING', 'ASSIGNED', s.t_a2, NULL" + from
                + "   WHERE s.t_a2 IS NOT NULL"
                + " UNION ALL SELECT s.handover_id, a1.bot_id, IF(s.returned, a2.username, a1.username), 'RESOLVED', 'ASSIGNED',"
                + "   'RESOLVED', s.t_res, NULL" + from + " WHERE s.state = 'RESOLVED'");
        sql.execute("INSERT INTO handover_hold (handover_id, agent_id, bot_id, requested_at, from_at, to_at, ended_by, first_response_at)"
                + " SELECT s.handover_id, a1.account_id, a1.bot_id, s.requested_at, s.t_a1, COALESCE(s.t_ret, s.t_res),"
                + "   IF(s.returned, 'RETURNED', IF(s.state = 'RESOLVED', 'RESOLVED', NULL)), IF(s.returned, NULL, s.t_resp)" + from
                + "   WHERE s.state <> 'PENDING'"
                + " UNION ALL SELECT s.handover_id, a2.account_id, a2.bot_id, s.requested_at, s.t_a2, s.t_res,"
                + "   IF(s.state = 'RESOLVED', 'RESOLVED', NULL), s.t_resp" + from + " WHERE s.t_a2 IS NOT NULL");
    }

    /**
     * Ten messages a conversation: the user asks, the bot answers, the user again, then (once taken)
     * the agent and the user in turn from the first response on, the agent's first message being the
     * first response; a waiting user writes again instead.
     */
    private static void messages(Statement sql) throws SQLException {
        sql.execute("INSERT INTO message (conversation_id, channel, sender, author_id, text, created_at, delivery_status)"
                + " SELECT m.conversation_id, m.channel, m.sender, IF(m.sender = 'AGENT', IF(m.returned, a2.account_id, a1.account_id), NULL),"
                + "   CASE WHEN m.sender = 'BOT' THEN 'Let me find a person who can help you with that.'"
                + "     WHEN (m.i * 10 + m.k) % 40000 = 7 THEN CONCAT('My bank started a chargeback for order #', 100000 + m.i)"
                + "     WHEN (m.i * 10 + m.k) % 200 = 3 THEN 'Hello, this is Herr Müller again about my parcel'"
                + "     ELSE ELT(1 + ((m.i * 7 + m.k * 13) % 20),"
                + "       CONCAT('I would like a refund for order #', 100000 + m.i), 'Where is my parcel? It has not arrived yet',"
                + "       'Can I change the delivery address please', 'The app crashes when I try to pay',"
                + "       'Thank you, that helps a lot', 'I want to cancel my subscription',"
                + "       'How long does shipping to Austria take', 'Please send me the invoice again',"
                + "       'The discount code WINTER does not work', 'Your refund policy is not clear to me',"
                + "       'I was charged twice this month', 'Could you check the status for me',"
                + "       'The size does not fit, can I exchange it', 'Is the warranty still valid',"
                + "       'Great, I will wait for the email', 'The login code never arrives',"
                + "       'Your colleague promised a callback yesterday', 'Which payment methods do you take',"
                + "       'The package was damaged when it arrived', 'Okay, goodbye')"
                + "   END,"
                + "   CASE WHEN m.k < 3 THEN m.requested_at - INTERVAL 80 - 25 * m.k SECOND"
                + "     WHEN m.state = 'PENDING' THEN m.requested_at + INTERVAL m.k SECOND"
                + "     ELSE m.t_resp + INTERVAL ((m.k - 3) * m.handle_s) DIV 8 SECOND END,"
                + "   IF(m.sender = 'USER', 'RECEIVED', IF(m.channel = 'WHATSAPP', 'READ', 'SENT'))"
                + " FROM (SELECT s.i, s.bot_index, s.conversation_id, s.channel, s.state, s.returned, s.requested_at, s.t_resp,"
                + "   s.handle_s, CAST(k.seq AS SIGNED) AS k, CASE WHEN k.seq = 1 THEN 'BOT'"
                + "     WHEN k.seq < 3 OR s.state = 'PENDING' OR k.seq % 2 = 0 THEN 'USER' ELSE 'AGENT' END AS sender"
                + "   FROM bench_report_seed s JOIN seq_0_to_" + (MESSAGES_PER_CONVERSATION - 1) + " k) m"
                + " JOIN bench_report_agent a1 ON a1.bot_index = m.bot_index AND a1.slot = (m.i DIV 4) % 4"
                + " JOIN bench_report_agent a2 ON a2.bot_index = m.bot_index AND a2.slot = (m.i DIV 4 + 1) % 4"
                // By id in time order within each conversation, as transcripts are read.
                + " ORDER BY m.i, m.k");
    }

    /** Each agent online for 9 hours from 07:00 plus half an hour per slot, every one of the 90 days before today. */
    private static void presence(Statement sql) throws SQLException {
        sql.execute("INSERT INTO presence_change (account_id, presence, changed_at)"
                + " SELECT a.account_id, p.presence, UTC_DATE() - INTERVAL d.seq DAY + INTERVAL 7 HOUR + INTERVAL 30 * a.slot MINUTE"
                + "   + INTERVAL IF(p.presence = 'OFFLINE', 9, 0) HOUR"
                + " FROM bench_report_agent a JOIN seq_1_to_90 d"
                + " JOIN (SELECT 'ONLINE' AS presence UNION ALL SELECT 'OFFLINE') p ORDER BY 3");
    }

    /** What is not as the seeding meant it: empty when the data is consistent. Also prints the words' counts. */
    List<String> check(Seeded seeded) throws SQLException {
        List<String> problems = new ArrayList<>();
        long h = seeded.handoverMark();
        long c = seeded.conversationMark();
        expect(problems, "handovers seeded", HANDOVERS, "SELECT COUNT(*) FROM handover WHERE id > ?", h);
        expect(problems, "handovers on their row's conversation", HANDOVERS,
                "SELECT COUNT(*) FROM bench_report_seed s JOIN handover x ON x.id = s.handover_id"
                        + " JOIN conversation v ON v.id = x.conversation_id AND v.id = s.conversation_id AND v.contact_id = s.contact_id");
        expect(problems, "conversations seeded", HANDOVERS, "SELECT COUNT(*) FROM conversation WHERE id > ?", c);
        expect(problems, "contacts seeded", CONTACTS, "SELECT COUNT(DISTINCT contact_id) FROM bench_report_seed");
        expect(problems, "messages seeded", MESSAGES, "SELECT COUNT(*) FROM message WHERE conversation_id > ?", c);
        expect(problems, "still waiting", 80, "SELECT COUNT(*) FROM handover WHERE id > ? AND state = 'PENDING'", h);
        expect(problems, "assigned", 80, "SELECT COUNT(*) FROM handover WHERE id > ? AND state = 'ASSIGNED'", h);
        expect(problems, "holds: one per holder", 0, "SELECT COUNT(*) FROM (SELECT x.id FROM handover x"
                + " LEFT JOIN handover_hold hh ON hh.handover_id = x.id WHERE x.id > ? GROUP BY x.id, x.state, x.return_count"
                + " HAVING COUNT(hh.id) <> IF(x.state = 'PENDING', 0, 1 + x.return_count)) bad", h);
        expect(problems, "returns as the audit trail has them", 0, "SELECT COUNT(*) FROM handover x WHERE x.id > ?"
                + " AND x.return_count <> (SELECT COUNT(*) FROM audit_event e WHERE e.handover_id = x.id AND e.action = 'UNASSIGNED')", h);
        expect(problems, "first response = the first agent message", 0, "SELECT COUNT(*) FROM handover x"
                + " LEFT JOIN (SELECT conversation_id, MIN(created_at) AS first_at FROM message"
                + "   WHERE conversation_id > ? AND sender = 'AGENT' GROUP BY conversation_id) m ON m.conversation_id = x.conversation_id"
                + " WHERE x.id > ? AND NOT (x.first_response_at <=> m.first_at)", c, h);
        expect(problems, "times in order (requested <= first assigned <= first response <= resolved)", 0,
                "SELECT COUNT(*) FROM handover WHERE id > ? AND NOT (first_assigned_at >= requested_at"
                        + " AND first_response_at >= first_assigned_at AND COALESCE(resolved_at, first_response_at) >= first_response_at)"
                        + " AND state <> 'PENDING'", h);
        expect(problems, "nothing after now", 0, "SELECT COUNT(*) FROM message WHERE conversation_id > ? AND created_at > UTC_TIMESTAMP(6)", c);
        expect(problems, "messages of 'chargeback'", CHARGEBACKS,
                "SELECT COUNT(*) FROM message WHERE conversation_id > ? AND text LIKE '%chargeback%'", c);
        long refunds = db.number("SELECT COUNT(*) FROM message WHERE conversation_id > ? AND text LIKE '%refund%'", c);
        long mullers = db.number("SELECT COUNT(*) FROM message WHERE conversation_id > ? AND text LIKE '%Müller%'", c);
        long returned = db.number("SELECT COUNT(*) FROM handover WHERE id > ? AND return_count > 0", h);
        System.out.printf("  words: refund in %,d messages, Müller in %,d messages and %,d contact names; %,d handovers returned%n",
                refunds, mullers, db.number("SELECT COUNT(*) FROM contact WHERE id IN (SELECT contact_id FROM bench_report_seed)"
                        + " AND name LIKE '%Müller'"), returned);
        if (refunds < MESSAGES / 20) {
            problems.add("refund is in only " + refunds + " messages: not a common word");
        }
        return problems;
    }

    /** Drops the scratch tables (the seeded rows stay). */
    void dropScratch() throws SQLException {
        db.update("DROP TABLE IF EXISTS bench_report_agent, bench_report_seed");
    }

    private void expect(List<String> problems, String what, long expected, String sql, Object... parameters) throws SQLException {
        long found = db.number(sql, parameters);
        if (found != expected) {
            problems.add(what + ": " + found + ", not " + expected);
        }
    }
}
