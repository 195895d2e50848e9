package io.livechat.it.server;

import io.livechat.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A stock WildFly distribution, unpacked afresh from the zip the build copied, with Live Chat
 * installed by {@code deploy/wildfly/install.sh} as the README says, then started with
 * {@code bin/standalone.sh -c <config>} on free ports (one port offset moves them all). Whoever
 * installs it stops it.
 */
final class WildFlyServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WildFlyServer.class.getName());
    // The stock ports of the full profiles: AJP, HTTP, HTTPS, management HTTP and HTTPS, IIOP (two), transactions (two).
    private static final int JGROUPS_TCP = 7600;
    /** The stock ports, with the HA configuration's JGroups TCP port. */
    private static final int[] PORTS = {8009, 8080, 8443, 9990, 9993, 3528, 3529, 4712, 4713, JGROUPS_TCP};
    private static final int HTTP = 8080;
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);
    /** What WildFly's log says when the EAR did not deploy. */
    private static final List<String> FAILED = List.of("WFLYCTL0013", "started (with errors)", "WFLYSRV0021");

    private final Path home;
    private final Path logs;
    private final int offset;
    private Process process;

    private WildFlyServer(Path home, Path logs, int offset) {
        this.home = home;
        this.logs = logs;
        this.offset = offset;
    }

    /** Unpacks the distribution zip into {@code dir} (whatever an earlier run left there goes first); nothing runs yet. */
    static WildFlyServer fresh(Path zip, Path dir, Path logs) throws IOException {
        Files.createDirectories(logs);
        stopStale(logs.resolve("wildfly.pid"));
        delete(dir);
        Files.createDirectories(dir);
        Commands.run(List.of("unzip", "-q", zip.toString(), "-d", dir.toString()), Map.of(), logs.resolve("unzip.log"),
                COMMAND_TIMEOUT);
        try (Stream<Path> unpacked = Files.list(dir)) {
            Path home = unpacked.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException(zip + " held no directory"));
            return new WildFlyServer(home, logs, freeOffset());
        }
    }

    /** Runs the install script against this distribution with exactly these settings (and no LIVECHAT_* of the build's). */
    void install(Path script, Map<String, String> settings, String logName) throws IOException {
        Commands.run(List.of("bash", script.toString(), home.toString()), Map.copyOf(settings), logs.resolve(logName),
                COMMAND_TIMEOUT);
    }

    /** Starts the configuration as the README says and waits until the application answers. */
    void start(String config, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(), "-c", config,
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(logs.resolve("standalone.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LIVECHAT_"));
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_PIDFILE", logs.resolve("wildfly.pid").toString());
        process = builder.start();
        new Readiness(base(), serverLog(), 0, FAILED).await();
    }

    /**
     * The settings install.sh takes for a node on this database with this first admin, the EAR and
     * the jars the build put in {@code dir}; a cluster adds its own.
     */
    static Map<String, String> settings(Path dir, EmbeddedMariaDb db, String admin, String adminPassword) {
        Map<String, String> settings = new HashMap<>();
        settings.put("LIVECHAT_DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + EmbeddedMariaDb.DATABASE);
        settings.put("LIVECHAT_DB_USER", db.user());
        settings.put("LIVECHAT_DB_PASSWORD", db.password());
        settings.put("LIVECHAT_HTTP_PORT", Integer.toString(HTTP));
        settings.put("LIVECHAT_HTTP_ADDRESS", "127.0.0.1");
        settings.put("LIVECHAT_EAR", dir.resolve("livechat.ear").toString());
        settings.put("LIVECHAT_MARIADB_DRIVER", dir.resolve("mariadb-java-client.jar").toString());
        settings.put("LIVECHAT_ECLIPSELINK", dir.resolve("eclipselink.jar").toString());
        settings.put("LIVECHAT_BOOTSTRAP_ADMIN", admin);
        settings.put("LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return settings;
    }

    /** This node's JGroups TCP address in the HA configuration, as install.sh's LIVECHAT_CLUSTER names it. */
    String clusterAddress() {
        return "127.0.0.1:" + (JGROUPS_TCP + offset);
    }

    /** Kills the server's JVM at once, as a crashed machine would: no shutdown, no goodbye to the cluster. */
    void kill() throws IOException {
        Path pidFile = logs.resolve("wildfly.pid");
        if (Files.exists(pidFile)) { // standalone.sh removes it once the server is gone
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + (HTTP + offset) + "/");
    }

    Path serverLog() {
        return home.resolve("standalone/log/server.log");
    }

    String configurationSha256(String config) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(home.resolve("standalone/configuration").resolve(config)));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Path pidFile = logs.resolve("wildfly.pid");
        stopStale(pidFile);
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Stops the server whose pid the file names (a run that was killed left it running: this build started it). */
    private static void stopStale(Path pidFile) {
        Optional<ProcessHandle> server = Optional.empty();
        try {
            if (Files.exists(pidFile)) {
                server = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
            }
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Unreadable {0}: {1}", new Object[] {pidFile, e.getMessage()});
        }
        server.filter(ProcessHandle::isAlive).ifPresent(running -> {
            running.destroy();
            try {
                running.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception slow) {
                running.destroyForcibly();
            }
        });
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * An offset that moves every stock port to one free on all interfaces now, below the ephemeral
     * range; at most 10000, so that the HA configuration's highest port (JGroups UDP, 55200) stays a port.
     */
    private static int freeOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 100 * ThreadLocalRandom.current().nextInt(40, 101);
            if (allFree(offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port offset for WildFly between 4000 and 10000");
    }

    private static boolean allFree(int offset) {
        for (int port : PORTS) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port + offset));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
