package io.livechat.embedded.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbSessionTest {

    private final EmbeddedMariaDbSession session = new EmbeddedMariaDbSession();

    @AfterEach
    void clearProperties() {
        session.launcherSessionClosed(null);
        for (String name : new String[] {EmbeddedMariaDbSession.DIR_PROPERTY, EmbeddedMariaDbSession.URL_PROPERTY,
                EmbeddedMariaDbSession.USER_PROPERTY, EmbeddedMariaDbSession.PASSWORD_PROPERTY}) {
            System.clearProperty(name);
        }
    }

    @Test
    void withoutADirectoryNoDatabaseStarts() {
        session.launcherSessionOpened(null);

        assertNull(System.getProperty(EmbeddedMariaDbSession.URL_PROPERTY));
    }

    @Test
    void publishesTheSettingsOfACleanDatabaseAndStopsItOnClose() throws SQLException {
        System.setProperty(EmbeddedMariaDbSession.DIR_PROPERTY, Path.of("target", "session-mariadb-test").toString());
        session.launcherSessionOpened(null);
        String url = System.getProperty(EmbeddedMariaDbSession.URL_PROPERTY);
        String user = System.getProperty(EmbeddedMariaDbSession.USER_PROPERTY);
        String password = System.getProperty(EmbeddedMariaDbSession.PASSWORD_PROPERTY);

        assertEquals(EmbeddedMariaDbSession.PASSWORD, password);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SHOW TABLES")) {
            assertEquals(false, tables.next(), "a new session starts with an empty database");
            statement.execute("CREATE TABLE leftover (id INT)");
        }

        session.launcherSessionClosed(null);
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, user, password).close());
    }
}
