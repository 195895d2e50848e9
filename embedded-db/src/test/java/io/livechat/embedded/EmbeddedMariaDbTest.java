package io.livechat.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    private static final Path DIR = Path.of("target", "embedded-mariadb-test");
    private static final String PASSWORD = "s3cret'with\\quotes";

    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws IOException {
        EmbeddedMariaDb.deleteData(DIR);
        db = EmbeddedMariaDb.start(DIR, 0, PASSWORD);
    }

    @AfterAll
    static void stop() {
        db.stop();
    }

    @Test
    void appUserCreatesTablesInTheAppDatabaseWithItsPassword() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE greeting (id INT PRIMARY KEY, text VARCHAR(20))");
            statement.execute("INSERT INTO greeting VALUES (1, 'hällo 👋')");
            try (ResultSet rows = statement.executeQuery("SELECT text FROM greeting WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals("hällo 👋", rows.getString(1));
            }
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "wrong").close());
        assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
    }

    @Test
    void appUserCannotReachOtherDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.execute("CREATE DATABASE intruder"));
            assertThrows(SQLException.class, () -> statement.execute("CREATE DATABASE test_intruder"));
            assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM mysql.global_priv"));
        }
    }

    @Test
    void appDatabaseDefaultsToUtf8mb4AndUtc() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT @@collation_database, @@time_zone")) {
            assertTrue(rows.next());
            assertEquals("utf8mb4_unicode_ci", rows.getString(1));
            assertEquals("+00:00", rows.getString(2));
        }
    }

    @Test
    void restartOnTheSameDirectoryKeepsTheData() throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO kept VALUES (42)");
        }
        db.stop();
        db = EmbeddedMariaDb.start(DIR, 0, PASSWORD);

        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
            assertTrue(rows.next());
            assertEquals(42, rows.getInt(1));
        }
    }
}
