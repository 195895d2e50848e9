package io.livechat.bench.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The server's REST API and public paths through one JDK HttpClient, as a client would call them.
 * HTTP/1.1 only: over plain http the client would otherwise first try an h2c upgrade, which the
 * numbers should not include.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "livechat-demo";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final URI base;
    private final HttpClient http;

    public Api(String base) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        this.http = client();
    }

    /** A client configured like the harness's own: HTTP/1.1, short connect timeout, no redirects. */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI base() {
        return base;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A bearer token for a user ({@code POST /api/v1/auth/token}). */
    public String token(String username, String password) throws IOException, InterruptedException {
        Answer answer = send("POST", "api/v1/auth/token", null,
                Json.createObjectBuilder().add("username", username).add("password", password).build());
        return answer.expect(200, "token for " + username).json().getString("access_token");
    }

    public Answer get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    public Answer send(String method, String path, String token, JsonObject body) throws IOException, InterruptedException {
        return send(request(method, path, token, body));
    }

    public HttpRequest request(String method, String path, String token, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Sends and times the request, from the call until the whole body is read. */
    public Answer send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers(), System.nanoTime() - start);
    }
}
