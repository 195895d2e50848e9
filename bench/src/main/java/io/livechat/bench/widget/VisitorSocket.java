package io.livechat.bench.widget;

import io.livechat.bench.Demo;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The widget's socket as the widget speaks it (see WidgetSocket in the product): the page's Origin on
 * the handshake, {@code hello} with the session token, then {@code ready}; after that the server
 * pushes {@code message} frames. Each pushed message goes to the consumer with the time it arrived.
 */
final class VisitorSocket implements WebSocket.Listener {

    /** A message pushed to the visitor and the System.nanoTime() it arrived. */
    record Pushed(JsonObject message, long at) {
    }

    private final CompletableFuture<VisitorSocket> ready = new CompletableFuture<>();
    private final Consumer<Pushed> pushed;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private VisitorSocket(Consumer<Pushed> pushed) {
        this.pushed = pushed;
    }

    /** Opens the socket and says hello; completes once the server answered ready. */
    static CompletableFuture<VisitorSocket> open(HttpClient client, URI uri, String token, Consumer<Pushed> pushed) {
        VisitorSocket visitor = new VisitorSocket(pushed);
        client.newWebSocketBuilder().header("Origin", Demo.ORIGIN).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(uri, visitor)
                .thenCompose(socket -> {
                    visitor.socket = socket;
                    return socket.sendText(Json.createObjectBuilder().add("type", "hello").add("token", token)
                            .add("after", 0).build().toString(), true);
                })
                .whenComplete((socket, failure) -> {
                    if (failure != null) {
                        visitor.ready.completeExceptionally(failure);
                    }
                });
        return visitor.ready;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long at = System.nanoTime();
            JsonObject frame;
            try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                frame = reader.readObject();
            }
            partial.setLength(0);
            String type = frame.getString("type", "");
            if (type.equals("ready")) {
                ready.complete(this);
            } else if (type.equals("message") && pushed != null) {
                pushed.accept(new Pushed(frame.getJsonObject("message"), at));
            } else if (type.equals("error")) {
                ready.completeExceptionally(new IllegalStateException("the socket answered " + frame));
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ready.completeExceptionally(new IllegalStateException("closed by the server: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ready.completeExceptionally(error);
    }

    /** Starts the close handshake; completes when the close frame went out. */
    CompletableFuture<WebSocket> close() {
        return socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    void abort() {
        socket.abort();
    }
}
