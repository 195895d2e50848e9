package io.livechat.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a person runs it: the launcher jar of this build, with its embedded
 * MariaDB and demo data, on free ports and a data folder of its own. A WhatsApp webhook is sent from
 * the moment the launcher starts, as Meta keeps sending while a node restarts: it must never be
 * answered by a half-started server (its 404 and 500 pages), only refused until the application
 * answers itself.
 */
class LauncherIT {

    private static final Path TARGET = Path.of("target");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsTheDemoAndNeverAnswersWithAHalfStartedServer() throws Exception {
        int port = freePort();
        Path log = TARGET.resolve("launcher-it.log");
        Process launcher = launch(log, Map.of("LIVECHAT_HTTP_PORT", String.valueOf(port),
                "LIVECHAT_EMBEDDED_DB_PORT", String.valueOf(freePort())));
        URI app = URI.create("http://127.0.0.1:" + port + "/");
        try {
            Map<String, Integer> answers = new TreeMap<>();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            Instant ready = null;
            while (ready == null || Instant.now().isBefore(ready.plusSeconds(2))) {
                assertTrue(launcher.isAlive(), () -> "the launcher exited; see " + log);
                assertTrue(Instant.now().isBefore(deadline), () -> "not ready within " + START_TIMEOUT + ": " + answers);
                answers.merge(webhook(app), 1, Integer::sum);
                if (ready == null && Files.readString(log, StandardCharsets.UTF_8).contains("Live Chat is running")) {
                    ready = Instant.now();
                }
                Thread.sleep(20);
            }
            Map<String, Integer> answered = new TreeMap<>(answers);
            answered.remove("refused");
            answered.remove("closed without an answer");
            assertEquals(Set.of("401 application/problem+json"), answered.keySet(),
                    () -> "every answer from the launcher's start until ready: " + answers);

            HttpResponse<String> token = token(app, "alice", "livechat-demo");
            assertEquals(200, token.statusCode(), token::body);
            assertTrue(token.body().contains("access_token"), token::body);

            // Its data grid (Hazelcast, 6900 and up) as well as its HTTP port: nothing off this machine reaches it.
            List<InetSocketAddress> listeners = Listeners.of(server(launcher).pid());
            assertTrue(listeners.stream().anyMatch(listener -> listener.getPort() >= 6900 && listener.getPort() < 7000),
                    () -> "a data grid listener among " + listeners);
            assertTrue(listeners.stream().allMatch(listener -> listener.getAddress().isLoopbackAddress()),
                    () -> "every listener of the server on loopback: " + listeners);

            // Everything goes to the rotated file in the data folder; only warnings reach the console.
            Path serverLog = serverLog(log);
            assertTrue(Files.readString(serverLog, StandardCharsets.UTF_8).contains("Schema at version"), "the server log");
            assertFalse(Files.readString(log, StandardCharsets.UTF_8).contains("Schema at version"),
                    "no INFO of the server on the console");
        } finally {
            launcher.destroy();
            assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher stops on SIGTERM");
        }
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("Stopped."), "it stopped the server and MariaDB");
    }

    @Test
    void aDeploymentThatFailsEndsTheLauncherWithTheReason() throws Exception {
        Path log = TARGET.resolve("launcher-it-failed.log");
        // A database nobody listens on: the application's migration fails, so its deployment does.
        Process launcher = launch(log, Map.of("LIVECHAT_HTTP_PORT", String.valueOf(freePort()),
                "LIVECHAT_DB_URL", "jdbc:mariadb://127.0.0.1:" + freePort() + "/livechat",
                "LIVECHAT_DB_USER", "livechat", "LIVECHAT_DB_PASSWORD", "unused"));
        try {
            assertTrue(launcher.waitFor(120, TimeUnit.SECONDS), "the launcher gives up on a failed deployment");
            assertEquals(1, launcher.exitValue());
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(output.contains("The server is up but the application is not deployed"), output);
            assertFalse(output.contains("Live Chat is running"), "no URLs of an application that is not there");
        } finally {
            launcher.destroyForcibly();
        }
    }

    @Test
    void bootstrapsTheFirstAdminOfAnExternalDatabaseOnceAndRefusesAWeakPassword() throws Exception {
        Path dbDir = TARGET.resolve("launcher-it-external-db");
        Directories.recreate(dbDir);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dbDir, 0, "external-db-secret")) {
            Map<String, String> settings = new HashMap<>(Map.of("LIVECHAT_DB_URL", db.jdbcUrl(),
                    "LIVECHAT_DB_USER", db.user(), "LIVECHAT_DB_PASSWORD", db.password(),
                    "LIVECHAT_BOOTSTRAP_ADMIN", "ops-admin"));

            settings.put("LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD", "too-short");
            Path weak = TARGET.resolve("launcher-it-weak-admin.log");
            runUntilStopped(weak, settings, running -> {
                assertEquals(401, token(running.app(), "ops-admin", "too-short").statusCode());
                // A node of its own (no LIVECHAT_CLUSTER) keeps its data grid on loopback, even on all interfaces' HTTP.
                List<InetSocketAddress> grid = Listeners.of(server(running.launcher()).pid()).stream()
                        .filter(listener -> listener.getPort() >= 6900 && listener.getPort() < 7000).toList();
                assertFalse(grid.isEmpty(), "a data grid listener");
                assertTrue(grid.stream().allMatch(listener -> listener.getAddress().isLoopbackAddress()), grid::toString);
            });
            assertTrue(Files.readString(weak, StandardCharsets.UTF_8).contains("No first admin was created: "
                    + "LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD is refused: A password has at least 10 characters"),
                    "the refusal on the console, naming the setting");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM user_account"), "no account");

            settings.remove("LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD");
            Path passwordFile = Files.writeString(TARGET.resolve("launcher-it-admin-password"), "first-admin-password\n");
            settings.put("LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD_FILE", passwordFile.toAbsolutePath().toString());
            runUntilStopped(TARGET.resolve("launcher-it-first-admin.log"), settings, running -> {
                HttpResponse<String> token = token(running.app(), "ops-admin", "first-admin-password");
                assertEquals(200, token.statusCode(), token::body);
            });
            assertEquals(1, count(db, "SELECT COUNT(*) FROM account_audit_event e JOIN user_account a ON a.id = e.account_id"
                    + " WHERE a.username = 'ops-admin' AND a.role = 'ADMIN' AND e.action = 'BOOTSTRAPPED' AND e.actor = 'system'"
                    + " AND e.detail LIKE '%LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD_FILE%' AND e.detail NOT LIKE '%first-admin-password%'"),
                    "the audit trail says how the admin came to be, without the password");

            Files.writeString(passwordFile, "another-admin-password\n");
            Path again = TARGET.resolve("launcher-it-admin-again.log");
            runUntilStopped(again, settings, running -> {
                assertEquals(200, token(running.app(), "ops-admin", "first-admin-password").statusCode(), "the first password stays");
                assertEquals(401, token(running.app(), "ops-admin", "another-admin-password").statusCode());
            });
            assertTrue(Files.readString(serverLog(again), StandardCharsets.UTF_8)
                    .contains("An admin exists, so LIVECHAT_BOOTSTRAP_ADMIN and its password settings are ignored"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM user_account"));
        }
    }

    /** A started launcher and the URL of its application. */
    private record Running(Process launcher, URI app) {
    }

    private interface Checks {
        void run(Running running) throws Exception;
    }

    /** Starts the launcher, waits until it is running, runs the checks and stops it. */
    private void runUntilStopped(Path log, Map<String, String> settings, Checks checks) throws Exception {
        int port = freePort();
        Map<String, String> all = new HashMap<>(settings);
        all.put("LIVECHAT_HTTP_PORT", String.valueOf(port));
        Process launcher = launch(log, all);
        try {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("Live Chat is running")) {
                assertTrue(launcher.isAlive(), () -> "the launcher exited; see " + log);
                assertTrue(Instant.now().isBefore(deadline), () -> "not running within " + START_TIMEOUT + "; see " + log);
                Thread.sleep(200);
            }
            checks.run(new Running(launcher, URI.create("http://127.0.0.1:" + port + "/")));
        } finally {
            launcher.destroy();
            assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher stops on SIGTERM");
        }
    }

    private HttpResponse<String> token(URI app, String username, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The Payara Micro process the launcher started. */
    private static ProcessHandle server(Process launcher) {
        return launcher.descendants()
                .filter(child -> child.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro process under the launcher"));
    }

    private static Path serverLog(Path launcherLog) {
        return TARGET.resolve(launcherLog.getFileName() + ".data").resolve("logs").resolve("server.log.0");
    }

    private static Process launch(Path log, Map<String, String> settings) throws IOException {
        Path data = TARGET.resolve(log.getFileName() + ".data");
        Directories.recreate(data);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("livechat-launcher.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LIVECHAT_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().putAll(settings);
        return builder.start();
    }

    /** A webhook with a wrong signature: the application refuses it with 401; "refused" while the port is closed. */
    private String webhook(URI app) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.resolve("webhooks/whatsapp"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString("{\"object\":\"whatsapp_business_account\",\"entry\":[]}"))
                .build();
        try {
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() + " " + answer.headers().firstValue("Content-Type").map(type -> type.split(";")[0]).orElse("(no type)");
        } catch (ConnectException e) {
            return "refused";
        } catch (HttpTimeoutException e) {
            return "no answer within 30 s";
        } catch (IOException e) {
            // A kept-alive connection the server closed as its listener opened (seen once in a loaded run):
            // no answer at all, which a caller retries as it retries a refused connection.
            return "closed without an answer";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
