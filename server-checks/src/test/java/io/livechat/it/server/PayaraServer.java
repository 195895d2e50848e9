package io.livechat.it.server;

import io.livechat.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A Payara Server distribution that the build unpacked, with Live Chat installed by
 * {@code deploy/payara/install.sh} as the README says: a fresh {@code domain1} on free ports (Payara
 * derives them all from one port base), the script run with the settings, then {@code start-domain}.
 * Whoever installs it stops it.
 */
final class PayaraServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
    private static final String DOMAIN = "domain1";
    // What create-domain --portbase adds to the base: debugger, IIOP (three), admin, Hazelcast (two), OSGi shell, JMS, HTTP, HTTPS, JMX.
    private static final int[] OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
    private static final int HTTP_OFFSET = 80;
    private static final int ADMIN_OFFSET = 48;
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);

    private final Path home;
    private final Path logs;
    private final int portBase;
    // The port bases given out so far: the domain's and its instances', none of them listening yet.
    private final Set<Integer> portBases = new HashSet<>();

    private PayaraServer(Path home, Path logs, int portBase) {
        this.home = home;
        this.logs = logs;
        this.portBase = portBase;
        portBases.add(portBase);
    }

    /** Makes a new domain1 in the distribution under {@code home} (payara6) on free ports; nothing runs yet. */
    static PayaraServer freshDomain(Path home, Path logs) throws IOException {
        Files.createDirectories(logs);
        int base = freePortBase(Set.of());
        PayaraServer server = new PayaraServer(home, logs, base);
        server.removeStaleInstances();
        if (Files.exists(server.domainDir().resolve("config/pid"))) {
            // Left running by a run that was killed: this build started it, so this build stops it.
            server.asadmin("stop-stale-domain.log", "stop-domain", "--kill=true", DOMAIN);
        }
        if (Files.isDirectory(server.domainDir())) {
            server.asadmin("delete-domain.log", "delete-domain", DOMAIN);
        }
        server.asadmin("create-domain.log", "create-domain", "--portbase", Integer.toString(base), "--nopassword=true", DOMAIN);
        return server;
    }

    /** Runs the install script against this distribution with exactly these settings (and no LIVECHAT_* of the build's). */
    void install(Path script, Map<String, String> settings, String logName) throws IOException {
        try {
            Commands.run(List.of("bash", script.toString(), home.toString()), settings, logs.resolve(logName), COMMAND_TIMEOUT);
        } catch (IOException failed) {
            // A deployment that fails here says why in the server's log only.
            throw new IOException(failed.getMessage() + "\n" + serverLog() + " ends:\n" + serverLogTail(), failed);
        }
    }

    /** Starts the domain as the README says and waits until the application answers. */
    void start() throws IOException, InterruptedException {
        long logStart = logSize(serverLog());
        startDomain();
        new Readiness(base(), serverLog(), logStart).await();
    }

    /** Starts the domain alone: with instances, the application runs on them, not here. */
    void startDomain() throws IOException {
        asadmin("start-domain.log", "start-domain", DOMAIN);
    }

    /** An instance on the domain's node on free ports of its own, for install.sh to create. */
    PayaraInstance instance(String name) {
        int base = freePortBase(portBases);
        portBases.add(base);
        return new PayaraInstance(name, nodeDir().resolve(name), base);
    }

    /** Starts the instance through the domain (which must run) and waits until the application answers there. */
    void start(PayaraInstance instance) throws IOException, InterruptedException {
        long logStart = logSize(instance.serverLog());
        asadmin("start-instance-" + instance.name() + ".log", "--port", Integer.toString(portBase + ADMIN_OFFSET),
                "start-instance", instance.name());
        new Readiness(instance.base(), instance.serverLog(), logStart).await();
    }

    /** The settings of a check: this database, the build's EAR and driver, this HTTP port on loopback, the first admin. */
    Map<String, String> settings(Path dir, EmbeddedMariaDb db, String admin, String adminPassword) {
        Map<String, String> settings = new HashMap<>();
        settings.put("LIVECHAT_DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + EmbeddedMariaDb.DATABASE);
        settings.put("LIVECHAT_DB_USER", db.user());
        settings.put("LIVECHAT_DB_PASSWORD", db.password());
        settings.put("LIVECHAT_HTTP_PORT", Integer.toString(httpPort()));
        settings.put("LIVECHAT_HTTP_ADDRESS", "127.0.0.1");
        settings.put("LIVECHAT_EAR", dir.resolve("livechat.ear").toString());
        settings.put("LIVECHAT_JDBC_DRIVER", dir.resolve("mariadb-java-client.jar").toString());
        settings.put("LIVECHAT_BOOTSTRAP_ADMIN", admin);
        settings.put("LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return settings;
    }

    int httpPort() {
        return portBase + HTTP_OFFSET;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort() + "/");
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    String domainXmlSha256() throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(domainDir().resolve("config/domain.xml")));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server log's last lines, for a failure message. */
    String serverLogTail() {
        return Commands.tail(serverLog(), 80);
    }

    @Override
    public void close() {
        if (!Files.exists(domainDir().resolve("config/pid"))) {
            return;
        }
        try {
            asadmin("stop-domain.log", "stop-domain", DOMAIN);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "stop-domain failed, killing the domain: {0}", e.getMessage());
            try {
                asadmin("stop-domain-kill.log", "stop-domain", "--kill=true", DOMAIN);
            } catch (IOException killFailed) {
                LOG.log(Level.SEVERE, "Could not stop {0}: {1}", new Object[] {domainDir(), killFailed.getMessage()});
            }
        }
    }

    private Path domainDir() {
        return home.resolve("glassfish/domains").resolve(DOMAIN);
    }

    private Path nodeDir() {
        return home.resolve("glassfish/nodes/localhost-" + DOMAIN);
    }

    // delete-domain leaves the instances of the domain's node: a killed run may even have left them running.
    private void removeStaleInstances() throws IOException {
        Path nodes = home.resolve("glassfish/nodes");
        if (!Files.isDirectory(nodes)) {
            return;
        }
        try (Stream<Path> instances = Files.list(nodeDir())) {
            instances.forEach(dir -> new PayaraInstance(dir.getFileName().toString(), dir, 0).kill());
        } catch (NoSuchFileException none) {
            // no instance on this node
        }
        try (Stream<Path> all = Files.walk(nodes)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long logSize(Path log) throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private void asadmin(String logName, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        Commands.run(command, Map.of(), logs.resolve(logName), COMMAND_TIMEOUT);
    }

    /** A base below the ephemeral range, none of {@code taken}, whose every derived port is free on all interfaces now. */
    private static int freePortBase(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 100 * ThreadLocalRandom.current().nextInt(200, 320);
            if (!taken.contains(base) && allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of ports for Payara Server between 20000 and 32000");
    }

    private static boolean allFree(int base) {
        for (int offset : OFFSETS) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(base + offset));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
