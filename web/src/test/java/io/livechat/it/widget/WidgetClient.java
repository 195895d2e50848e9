package io.livechat.it.widget;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The widget's HTTP API and socket handshake as a page of some origin calls them. */
public final class WidgetClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String appBase;
    private final String key;

    public WidgetClient(String appBase, String key) {
        this.appBase = appBase.endsWith("/") ? appBase : appBase + "/";
        this.key = key;
    }

    public record Reply(int status, String body, String allowOrigin, String contentType) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    public Reply post(String path, String origin, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appBase + "widget/api/" + path + "?key=" + key))
                .header("Origin", origin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                response.headers().firstValue("Content-Type").map(type -> type.replaceFirst(";.*", "")).orElse(null));
    }

    /** The status of the socket handshake from a page of the origin: 101 when it is taken. */
    int handshake(String origin) throws Exception {
        try {
            socket(origin, new WebSocket.Listener() { }).abort();
            return 101;
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** The widget's socket as a page of the origin opens it. */
    WebSocket socket(String origin, WebSocket.Listener listener) throws Exception {
        return CLIENT.newWebSocketBuilder().header("Origin", origin)
                .buildAsync(URI.create(appBase.replaceFirst("^http", "ws") + "widget/socket?key=" + key), listener)
                .get(20, TimeUnit.SECONDS);
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
