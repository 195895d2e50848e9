package io.livechat.it.support;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The REST API as a client calls it: plain HTTP with an optional bearer token. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI root;
    private final String token;

    private Api(URI root, String token) {
        this.root = root;
        this.token = token;
    }

    /** The API of the deployment at this base URL (with its context path). */
    public static Api at(URL base) {
        return new Api(URI.create(site(base)), null);
    }

    /** The deployment's root URL on the loopback address, ending in exactly one slash. */
    public static String site(URL base) {
        String text = loopback(base).toString();
        return text.endsWith("/") ? text : text + "/";
    }

    /**
     * The deployment's URL on the loopback address. Payara Micro reports the machine's network
     * address; the tests keep their traffic on this machine's loopback interface.
     */
    public static URL loopback(URL deployed) {
        try {
            URI uri = deployed.toURI();
            return new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), uri.getPath(), null, null).toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalArgumentException(deployed.toString(), e);
        }
    }

    public Api as(String bearerToken) {
        return new Api(root, bearerToken);
    }

    public URI uri(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public ApiResponse post(String path, JsonValue body) {
        return postRaw(path, body == null ? "" : body.toString());
    }

    public ApiResponse postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A binary body (a file) of the given type. */
    public ApiResponse postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public ApiResponse put(String path, JsonValue body) {
        return send(putRequest(path, body));
    }

    /** A conditional PUT: only if the resource's ETag still matches. */
    public ApiResponse putIfMatch(String path, String etag, JsonValue body) {
        return send(putRequest(path, body).header("If-Match", etag));
    }

    private HttpRequest.Builder putRequest(String path, JsonValue body) {
        return request(path).header("Content-Type", "application/json")
                .PUT(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static ApiResponse send(HttpRequest.Builder request) {
        try {
            return ApiResponse.of(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
