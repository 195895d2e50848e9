package io.livechat.bench.handover;

import io.livechat.bench.Demo;
import io.livechat.bench.support.Db;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Pending handovers of bot 1 written straight into MariaDB, as the application would have left them
 * after a web visitor asked for a person: a contact, its conversation (responder QUEUED, one user
 * message), a PENDING handover and its REQUESTED audit event. Set-based INSERT ... SELECT over
 * MariaDB's sequence tables, so 50,000 take seconds. Grows the run's set to a size, never shrinks it.
 */
final class PendingSeeder {

    private final Db db;
    private final String externalPrefix;
    private int seeded;

    PendingSeeder(Db db, String runId) {
        this.db = db;
        this.externalPrefix = "bench-" + runId + "-p";
    }

    /** Adds pending handovers until this run has {@code size} of them. */
    void seedUpTo(int size) throws SQLException {
        if (size <= seeded) {
            return;
        }
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long contactMark = Db.maxId(statement, "contact");
            long conversationMark = Db.maxId(statement, "conversation");
            long handoverMark = Db.maxId(statement, "handover");
            // One request a millisecond, a day ago: the seeded ones are the oldest, in a stable order.
            Db.execute(connection, "INSERT INTO contact (bot_id, channel, external_id, name, created_at)"
                    + " SELECT ?, 'WEB', CONCAT(?, seq), CONCAT('Bench visitor ', seq),"
                    + " NOW(6) - INTERVAL 1 DAY + INTERVAL seq * 1000 MICROSECOND"
                    + " FROM seq_" + (seeded + 1) + "_to_" + size, Demo.BOT, externalPrefix);
            Db.execute(connection, "INSERT INTO conversation (bot_id, contact_id, channel, responder, started_at, last_message_at)"
                    + " SELECT bot_id, id, 'WEB', 'QUEUED', created_at, created_at FROM contact"
                    + " WHERE id > ? AND external_id LIKE ?", contactMark, externalPrefix + "%");
            Db.execute(connection, "INSERT INTO message (conversation_id, channel, sender, text, created_at, delivery_status)"
                    + " SELECT v.id, 'WEB', 'USER', 'I need a person, please.', v.started_at, 'RECEIVED'"
                    + " FROM conversation v JOIN contact c ON c.id = v.contact_id"
                    + " WHERE v.id > ? AND c.external_id LIKE ?", conversationMark, externalPrefix + "%");
            Db.execute(connection, "INSERT INTO handover (conversation_id, bot_id, channel, state, reason, requested_at)"
                    + " SELECT v.id, v.bot_id, v.channel, 'PENDING', 'Seeded by the benchmark', v.started_at"
                    + " FROM conversation v JOIN contact c ON c.id = v.contact_id"
                    + " WHERE v.id > ? AND c.external_id LIKE ?", conversationMark, externalPrefix + "%");
            Db.execute(connection, "INSERT INTO audit_event (handover_id, bot_id, actor, action, from_state, to_state, occurred_at, detail)"
                    + " SELECT h.id, h.bot_id, 'bench', 'REQUESTED', NULL, 'PENDING', h.requested_at, 'seeded by the benchmark'"
                    + " FROM handover h JOIN conversation v ON v.id = h.conversation_id JOIN contact c ON c.id = v.contact_id"
                    + " WHERE h.id > ? AND c.external_id LIKE ?", handoverMark, externalPrefix + "%");
            connection.commit();
            statement.execute("ANALYZE TABLE contact, conversation, message, handover, audit_event");
        }
        seeded = size;
    }

    /** Pending handovers of bot 1 in all (the run's and any others). */
    long pending() throws SQLException {
        return db.number("SELECT COUNT(*) FROM handover WHERE bot_id = ? AND state = 'PENDING'", Demo.BOT);
    }
}
