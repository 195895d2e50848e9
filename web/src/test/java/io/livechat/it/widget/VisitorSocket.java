package io.livechat.it.widget;

import io.livechat.it.whatsapp.Eventually;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The widget's socket as the widget speaks it: hello with the session token, then messages; keeps every frame it gets. */
public final class VisitorSocket implements WebSocket.Listener, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<JsonObject> frames = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private int sent;

    /** Opens the socket, says hello and waits for ready. */
    public static VisitorSocket open(WidgetClient client, String origin, String token) throws Exception {
        VisitorSocket visitor = new VisitorSocket();
        visitor.socket = client.socket(origin, visitor);
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("token", token).add("after", 0).build());
        visitor.await(frame -> "ready".equals(frame.getString("type", "")), "ready");
        return visitor;
    }

    /** Sends a message (a choice when choiceId is not null), with the widget's own id of it. */
    public void say(String text, String choiceId) throws Exception {
        var message = Json.createObjectBuilder().add("type", "message").add("text", text).add("clientId", "c" + ++sent);
        send((choiceId == null ? message : message.add("choiceId", choiceId)).build());
    }

    /** The first message pushed to this socket that matches. */
    public JsonObject awaitMessage(Predicate<JsonObject> matching, String what) {
        return await(frame -> "message".equals(frame.getString("type", "")) && matching.test(frame.getJsonObject("message")),
                what).getJsonObject("message");
    }

    /** The first frame of that type (a {@code call}, say) that matches. */
    JsonObject awaitFrame(String type, Predicate<JsonObject> matching, String what) {
        return await(frame -> type.equals(frame.getString("type", "")) && matching.test(frame), what);
    }

    /** The first error frame of the kind ({@code rate-limited}, ...) this socket got. */
    JsonObject awaitError(String error) {
        return await(frame -> "error".equals(frame.getString("type", "")) && error.equals(frame.getString("error", "")),
                "error " + error);
    }

    /** Every message pushed to this socket, in the order they came. */
    public List<JsonObject> messages() {
        return frames.stream().filter(frame -> "message".equals(frame.getString("type", "")))
                .map(frame -> frame.getJsonObject("message")).toList();
    }

    private JsonObject await(Predicate<JsonObject> matching, String what) {
        try {
            return Eventually.until(() -> frames.stream().filter(matching).findFirst(), found -> found.isPresent(), TIMEOUT,
                    what + " on the visitor's socket").orElseThrow();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the socket got: " + frames, e);
        }
    }

    private void send(JsonObject frame) throws Exception {
        socket.sendText(frame.toString(), true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
