package io.livechat.it.server;

import io.livechat.it.whatsapp.Eventually;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session on the consoles, as plain HTTP: the JSF login form posted like a browser
 * posts it (its hidden fields and view state included), then pages and the OmniFaces push socket with
 * the session's cookie.
 */
final class ConsoleSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern INPUT = Pattern.compile("<(?:input|button)\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    // <o:socket> renders OmniFaces.Push.init('', 'console?<channel id>', ...); the socket is under /omnifaces.push/.
    private static final Pattern PUSH = Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','([^']+)'");

    private final URI base;
    private final HttpClient http;
    private final String sessionCookie;

    private ConsoleSession(URI base, HttpClient http, String sessionCookie) {
        this.base = base;
        this.http = http;
        this.sessionCookie = sessionCookie;
    }

    /** A page's answer. */
    record Page(int status, String body, URI uri) {
        @Override
        public String toString() {
            return status + " " + uri + ": " + body.substring(0, Math.min(body.length(), 2000));
        }
    }

    /** Signs in on {@code login.xhtml}; fails unless the form sends the browser on to the console. */
    static ConsoleSession signIn(URI base, String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> fields = formFields(form.body());
        fields.put("login:username", username);
        fields.put("login:password", password);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 && posted.statusCode() != 303 || !location.contains("/console/")) {
            throw new AssertionError("the login form did not lead to the console: " + posted.statusCode() + " " + location
                    + " " + posted.body());
        }
        String cookie = posted.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseGet(() -> form.headers().firstValue("Set-Cookie").orElse(""));
        return new ConsoleSession(base, http, cookie);
    }

    /** The session cookie as the server set it (the one of the sign-in, which changes the session id). */
    String sessionCookie() {
        return sessionCookie;
    }

    /** The same browser, its cookies included, asking another node of a cluster. */
    ConsoleSession at(URI otherNode) {
        return new ConsoleSession(otherNode, http, sessionCookie);
    }

    /**
     * Clicks an ajax button of a page this session got (maybe from another node) as PrimeFaces does: the
     * button's form with its view state, posted as a partial request to this session's node; the answer is
     * the partial response.
     */
    Page click(Page page, String form, String button) throws IOException, InterruptedException {
        Matcher formHtml = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\".*?</form>", Pattern.DOTALL)
                .matcher(page.body());
        if (!formHtml.find()) {
            throw new AssertionError("no form " + form + " on " + page);
        }
        Map<String, String> fields = formFields(formHtml.group());
        fields.put(button, button);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", "@all");
        fields.put("jakarta.faces.partial.render", form);
        URI uri = base.resolve(page.uri().getRawPath().substring(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
        return new Page(answer.statusCode(), answer.body(), uri);
    }

    Page get(String path) throws IOException, InterruptedException {
        URI uri = base.resolve(path);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(answer.statusCode(), answer.body(), uri);
    }

    /** Opens the push socket of the page as the page's script does: this session's cookie, this server's Origin. */
    PushSocket openPush(String path) throws Exception {
        Page page = get(path);
        Matcher push = PUSH.matcher(page.body());
        if (page.status() != 200 || !push.find()) {
            throw new AssertionError("no push socket on " + page);
        }
        URI socketUri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("omnifaces.push/" + push.group(1));
        PushSocket listener = new PushSocket();
        listener.socket = http.newWebSocketBuilder().header("Origin", base.toString().replaceAll("/$", ""))
                .buildAsync(socketUri, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return listener;
    }

    private static Map<String, String> formFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            if (name.find()) {
                Matcher value = VALUE.matcher(input.group());
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The console's push socket; keeps every message it gets. */
    static final class PushSocket implements WebSocket.Listener, AutoCloseable {

        private final List<JsonObject> frames = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile String closed = "open";
        private WebSocket socket;

        /** The first push that matches. */
        JsonObject await(Predicate<JsonObject> matching, String what) {
            return Eventually.until(() -> frames.stream().filter(matching).findFirst(), found -> found.isPresent(), TIMEOUT,
                    what + " on the console's push socket (" + closed + ", got " + frames + ")").orElseThrow();
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = "closed by the server: " + statusCode + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed = "failed: " + error;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(event(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }

        // OmniFaces sends what ConsolePush hands it, a JSON text, as a JSON string.
        private static JsonObject event(String frame) {
            JsonValue value = Json.createReader(new StringReader(frame)).readValue();
            String text = value instanceof JsonString string ? string.getString() : value.toString();
            return Json.createReader(new StringReader(text)).readObject();
        }
    }
}
