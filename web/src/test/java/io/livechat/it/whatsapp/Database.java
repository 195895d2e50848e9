package io.livechat.it.whatsapp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the test database directly, for what no API shows: the webhook inbox, the kept errors, what
 * the widget's host page told about its user.
 */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as numbers (ids). */
    public static List<Long> ids(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<Long> ids = new ArrayList<>();
            while (result.next()) {
                ids.add(result.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement that returns no rows (DDL, such as a trigger that makes the database refuse a write). */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("livechat.test.db.url"),
                System.getProperty("livechat.test.db.user"), System.getProperty("livechat.test.db.password"));
    }

    /** Waits until every stored delivery that contains the text (a test's unique suffix) is processed. */
    static void awaitProcessed(String text) {
        Eventually.until(() -> count("SELECT COUNT(*) FROM whatsapp_inbox WHERE processed_at IS NULL"
                        + " AND INSTR(CAST(payload AS CHAR CHARACTER SET utf8mb4), ?) > 0", text), n -> n == 0,
                java.time.Duration.ofSeconds(60), "deliveries containing " + text + " processed");
    }

    /** The inbox rows whose stored payload contains the text (a test's unique wamid suffix). */
    static long inboxRowsWith(String text) {
        return count("SELECT COUNT(*) FROM whatsapp_inbox WHERE INSTR(CAST(payload AS CHAR CHARACTER SET utf8mb4), ?) > 0",
                text);
    }
}
