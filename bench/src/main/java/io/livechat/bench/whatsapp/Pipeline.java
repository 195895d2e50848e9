package io.livechat.bench.whatsapp;

import io.livechat.bench.support.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The WhatsApp pipeline as the database shows it: {@code whatsapp_inbox} holds what was accepted
 * (processed_at NULL is the backlog, attempts and last_error the failed attempts), {@code message}
 * the transcript. Ids taken before a phase delimit what the phase added.
 */
public final class Pipeline {

    private final Db db;

    public Pipeline(Db db) {
        this.db = db;
    }

    public long lastInboxId() throws SQLException {
        return db.number("SELECT COALESCE(MAX(id), 0) FROM whatsapp_inbox");
    }

    public long lastMessageId() throws SQLException {
        return db.number("SELECT COALESCE(MAX(id), 0) FROM message");
    }

    public long lastParkedId() throws SQLException {
        return db.number("SELECT COALESCE(MAX(id), 0) FROM whatsapp_parked");
    }

    /** Webhook deliveries stored after the mark: each one the server answered 200. */
    public long accepted(long afterInboxId) throws SQLException {
        return db.number("SELECT COUNT(*) FROM whatsapp_inbox WHERE id > ?", afterInboxId);
    }

    public long backlog(long afterInboxId) throws SQLException {
        return db.number("SELECT COUNT(*) FROM whatsapp_inbox WHERE id > ? AND processed_at IS NULL", afterInboxId);
    }

    /** Users' messages in the transcript whose wamid starts with the prefix (a range of the unique index). */
    public long stored(String wamidPrefix) throws SQLException {
        return db.number("SELECT COUNT(*) FROM message WHERE channel = 'WHATSAPP' AND external_id LIKE ?", wamidPrefix + "%");
    }

    public long parked(long afterParkedId) throws SQLException {
        return db.number("SELECT COUNT(*) FROM whatsapp_parked WHERE id > ?", afterParkedId);
    }

    public long deadlocks() throws SQLException {
        return db.globalStatus("Innodb_deadlocks");
    }

    /** Deliveries after the mark: how many, how many failed their first attempt, failed attempts in all. */
    public Attempts attempts(long afterInboxId) throws SQLException {
        try (Connection connection = db.open(); PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(attempts > 0), 0), COALESCE(SUM(attempts), 0) FROM whatsapp_inbox WHERE id > ?")) {
            statement.setLong(1, afterInboxId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Attempts(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }

    public record Attempts(long deliveries, long failedFirst, long failedAttempts) {
    }

    /** The bot's WhatsApp answers written after the mark: sent to the Graph API, still in the outbox, failed. */
    public Replies botReplies(long afterMessageId) throws SQLException {
        try (Connection connection = db.open(); PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(delivery_status IN ('SENT', 'DELIVERED', 'READ')), 0),"
                        + " COALESCE(SUM(delivery_status = 'FAILED'), 0) FROM message"
                        + " WHERE id > ? AND channel = 'WHATSAPP' AND sender = 'BOT'")) {
            statement.setLong(1, afterMessageId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Replies(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }

    public record Replies(long written, long sent, long failed) {
    }

    /**
     * Marks what is left of the phase's backlog processed, so the measurements after it run on a
     * server that is not still working off this one. Rows a processor holds right now are skipped
     * (SKIP LOCKED) and left to it. Answers how many rows were marked.
     */
    public int skipBacklog(long afterInboxId) throws SQLException {
        int skipped = 0;
        try (Connection connection = db.open();
             PreparedStatement pick = connection.prepareStatement("SELECT id FROM whatsapp_inbox"
                     + " WHERE id > ? AND processed_at IS NULL LIMIT 500 FOR UPDATE SKIP LOCKED");
             PreparedStatement mark = connection.prepareStatement("UPDATE whatsapp_inbox SET processed_at = NOW(6),"
                     + " last_error = 'skipped by the benchmark' WHERE id = ?")) {
            connection.setAutoCommit(false);
            pick.setLong(1, afterInboxId);
            while (true) {
                int picked = 0;
                try (ResultSet rows = pick.executeQuery()) {
                    while (rows.next()) {
                        mark.setLong(1, rows.getLong(1));
                        mark.addBatch();
                        picked++;
                    }
                }
                mark.executeBatch();
                connection.commit();
                if (picked == 0) {
                    return skipped;
                }
                skipped += picked;
            }
        }
    }
}
