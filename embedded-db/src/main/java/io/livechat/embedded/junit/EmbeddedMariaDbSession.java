package io.livechat.embedded.junit;

import io.livechat.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a clean MariaDB for a JUnit Platform session and stops it when the session closes.
 * <p>
 * Active only when the system property {@value #DIR_PROPERTY} names a directory; the data there
 * is wiped first. The database listens on a free port with the password {@value #PASSWORD}, and
 * the connection settings are published as the system properties {@value #URL_PROPERTY},
 * {@value #USER_PROPERTY} and {@value #PASSWORD_PROPERTY}. Register it in a test module's
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class EmbeddedMariaDbSession implements LauncherSessionListener {

    /** System property: the directory for the test database; absent means no database. */
    public static final String DIR_PROPERTY = "livechat.test.db.dir";

    /** System property set to the JDBC URL of the test database. */
    public static final String URL_PROPERTY = "livechat.test.db.url";

    /** System property set to the test database user. */
    public static final String USER_PROPERTY = "livechat.test.db.user";

    /** System property set to the test database password. */
    public static final String PASSWORD_PROPERTY = "livechat.test.db.password";

    /** The fixed password of the test database user; the database only listens on 127.0.0.1. */
    public static final String PASSWORD = "livechat-test";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDbSession.class.getName());

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            EmbeddedMariaDb.deleteData(Path.of(dir));
            db = EmbeddedMariaDb.start(Path.of(dir), 0, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A fork killed before the session closes must not leave mysqld behind.
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
        System.setProperty(URL_PROPERTY, db.jdbcUrl());
        System.setProperty(USER_PROPERTY, db.user());
        System.setProperty(PASSWORD_PROPERTY, db.password());
        LOG.log(Level.INFO, "Test database at {0}", db.jdbcUrl());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.stop();
            db = null;
        }
    }
}
