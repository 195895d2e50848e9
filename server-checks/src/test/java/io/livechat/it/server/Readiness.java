package io.livechat.it.server;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Waits until a full server's application answers a page of its own. {@code start-domain} returns
 * while the EAR still loads, and the server answers 404 (its own root page, even) until it has: so a
 * failed deployment shows in the server log, not in an answer, and the wait ends at the first line
 * that says so, with the log's end.
 */
final class Readiness {

    private static final Duration TIMEOUT = Duration.ofMinutes(6);
    /** What Payara Server's log says when the EAR did not deploy. */
    static final List<String> PAYARA_FAILED = List.of("Exception while loading the app", "Exception during lifecycle processing",
            "Failed to load the application");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final Path serverLog;
    private final long logStart;
    private final List<String> failed;

    Readiness(URI base, Path serverLog, long logStart) {
        this(base, serverLog, logStart, PAYARA_FAILED);
    }

    /** {@code failed}: the lines of this server's log that say the EAR did not deploy. */
    Readiness(URI base, Path serverLog, long logStart, List<String> failed) {
        this.base = base;
        this.serverLog = serverLog;
        this.logStart = logStart;
        this.failed = List.copyOf(failed);
    }

    void await() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (status("health/ready") == 200 && status("login.xhtml") == 200) {
                return;
            }
            String log = logSinceStart();
            for (String failure : failed) {
                if (log.contains(failure)) {
                    throw new IOException("The EAR did not deploy (\"" + failure + "\" in " + serverLog + "):\n"
                            + Commands.tail(serverLog, 80));
                }
            }
            Thread.sleep(1000);
        }
        throw new IOException("The application did not answer within " + TIMEOUT + "; " + serverLog + " ends:\n"
                + Commands.tail(serverLog, 80));
    }

    // 0 while nothing listens. Generous: a request taken while the server starts is answered late.
    private int status(String path) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 0;
        }
    }

    private String logSinceStart() throws IOException {
        if (!serverLog.toFile().exists()) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(serverLog.toFile(), "r")) {
            long from = file.length() < logStart ? 0 : logStart;
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
