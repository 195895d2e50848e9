package io.livechat.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until the application answers. {@code /health/ready} alone is not enough: it belongs to the
 * server, which stays up when the deployment fails. The port opens only once the deployment is over
 * ({@link ListenerCommands}), so from the first answer on a server that says no application is
 * deployed, or whose root answers 404, has failed to deploy; one that answers only errors for a
 * while has failed to start.
 */
final class Readiness {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration ERROR_GRACE = Duration.ofSeconds(15);
    /** The check Payara's health endpoint reports DOWN while no application is deployed. */
    private static final String NOTHING_DEPLOYED = "No Application deployed";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String seeLog;

    Readiness(URI base, Path serverLog) {
        this.base = base;
        this.seeLog = "; see " + ServerLogging.current(serverLog);
    }

    void await(ServerProcess server) throws LaunchException, InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        Instant firstError = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new LaunchException("Payara Micro exited during startup" + seeLog);
            }
            HttpResponse<String> ready = get("health/ready");
            int health = ready == null ? 0 : ready.statusCode();
            HttpResponse<String> rootAnswer = health == 200 ? get("") : null;
            int root = rootAnswer == null ? 0 : rootAnswer.statusCode();
            if (health == 200 && root != 404 && root < 500) {
                return;
            }
            if (health == 200 && root == 404 || health == 503 && ready.body().contains(NOTHING_DEPLOYED)) {
                throw new LaunchException("The server is up but the application is not deployed" + seeLog);
            }
            if (health >= 500 && health != 503 || root >= 500) {
                firstError = firstError == null ? Instant.now() : firstError;
                if (Instant.now().isAfter(firstError.plus(ERROR_GRACE))) {
                    throw new LaunchException("The application failed to start (HTTP " + Math.max(health, root) + ")" + seeLog);
                }
            } else {
                firstError = null;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new LaunchException("The application did not become ready within " + TIMEOUT.toSeconds() + " s");
    }

    // Null while nothing listens yet.
    private HttpResponse<String> get(String path) throws InterruptedException {
        // Generous: a request accepted while the server starts is answered late, and giving up on it
        // only makes the server log a broken pipe.
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }
}
