package io.livechat.it.server;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

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
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);

    private final Path home;
    private final Path logs;
    private final int portBase;

    private PayaraServer(Path home, Path logs, int portBase) {
        this.home = home;
        this.logs = logs;
        this.portBase = portBase;
    }

    /** Makes a new domain1 in the distribution under {@code home} (payara6) on free ports; nothing runs yet. */
    static PayaraServer freshDomain(Path home, Path logs) throws IOException {
        Files.createDirectories(logs);
        int base = freePortBase();
        PayaraServer server = new PayaraServer(home, logs, base);
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
        Map<String, String> env = Map.copyOf(settings);
        Commands.run(List.of("bash", script.toString(), home.toString()), env, logs.resolve(logName), COMMAND_TIMEOUT);
    }

    /** Starts the domain as the README says and waits until the application answers. */
    void start() throws IOException, InterruptedException {
        long logStart = Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
        asadmin("start-domain.log", "start-domain", DOMAIN);
        new Readiness(base(), serverLog(), logStart).await();
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

    private void asadmin(String logName, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        Commands.run(command, Map.of(), logs.resolve(logName), COMMAND_TIMEOUT);
    }

    /** A base below the ephemeral range whose every derived port is free on all interfaces now. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 100 * ThreadLocalRandom.current().nextInt(200, 320);
            if (allFree(base)) {
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
