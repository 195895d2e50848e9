import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A black-box check of a running server, as its clients use it: readiness, the token endpoint's JSON,
 * errors as problem documents, the handover lifecycle seen from a widget visitor's socket, and a
 * console sign-in. It needs only a JDK and an admin's login:
 *
 * <pre>java deploy/wildfly/SmokeCheck.java http://localhost:8080/ admin 'the admin password'</pre>
 *
 * Each check prints one line; the first that fails ends it with exit code 1. It creates a bot, an
 * agent and a conversation of its own (names with a random suffix), so it can run against any server.
 */
public class SmokeCheck {

    private static final String ORIGIN = "https://shop.example.com";
    private static final Pattern ISO_TIME = Pattern.compile("\"\\w+At\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SmokeCheck(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java SmokeCheck.java BASE_URL ADMIN_USERNAME ADMIN_PASSWORD");
            System.exit(2);
        }
        new SmokeCheck(args[0]).run(args[1], args[2]);
        System.out.println("all checks passed");
    }

    private void run(String adminName, String adminPassword) throws Exception {
        Answer ready = call("GET", "health/ready", null, null);
        check(ready.status == 200 && ready.body.contains("\"status\":\"UP\""), "GET /health/ready is 200 UP", ready);

        Answer token = call("POST", "api/v1/auth/token", null, login(adminName, adminPassword));
        check(token.status == 200 && token.body.contains("\"access_token\":\"") && !token.body.contains("accessToken"),
                "the token endpoint answers access_token (JSON-B, not Jackson)", token);
        String admin = field(token.body, "access_token");

        Answer missing = call("GET", "api/v1/agents/me/bots", null, null);
        check(missing.status == 401 && missing.type.startsWith("application/problem+json"),
                "/api without a token: 401 application/problem+json", missing);
        Answer invalid = call("GET", "api/v1/agents/me/bots", "not-a-token", null);
        check(invalid.status == 401 && invalid.type.startsWith("application/problem+json"),
                "/api with a bad token: 401 application/problem+json", invalid);
        Answer unknown = call("GET", "api/v1/bots/999999999", admin, null);
        check(unknown.status == 404 && unknown.type.startsWith("application/problem+json"),
                "an unknown bot: 404 application/problem+json", unknown);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Answer bot = call("POST", "api/v1/bots", admin, "{\"name\":\"Smoke " + suffix + "\"}");
        check(bot.status == 201, "an admin creates a bot", bot);
        long botId = Long.parseLong(number(bot.body, "id"));
        String agentName = "smoke-" + suffix;
        Answer user = call("POST", "api/v1/users", admin, "{\"username\":\"" + agentName + "\",\"displayName\":\"Smoke Agent\","
                + "\"role\":\"AGENT\",\"password\":\"correct-horse-battery\"}");
        check(user.status == 201, "an admin creates an agent", user);
        Answer member = call("PUT", "api/v1/bots/" + botId + "/members/" + agentName, admin, null);
        check(member.status == 204, "the agent joins the bot (BotAccess is callable)", member);
        String agent = field(call("POST", "api/v1/auth/token", null, login(agentName, "correct-horse-battery")).body,
                "access_token");
        Answer online = call("PUT", "api/v1/agents/me/presence", agent, "{\"presence\":\"ONLINE\"}");
        check(online.status == 200, "the agent goes online", online);

        Answer widget = call("PUT", "api/v1/bots/" + botId + "/widget", admin, "{\"allowedOrigins\":[\"" + ORIGIN + "\"]}");
        check(widget.status == 200, "the bot's widget allows " + ORIGIN, widget);
        String key = field(widget.body, "widgetKey");
        Answer session = call(HttpRequest.newBuilder(URI.create(base + "widget/api/sessions?key=" + key))
                .header("Origin", ORIGIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        check(session.status == 200, "a visitor starts a widget session", session);

        Visitor visitor = new Visitor();
        WebSocket socket = http.newWebSocketBuilder().header("Origin", ORIGIN)
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "widget/socket?key=" + key), visitor)
                .get(20, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"hello\",\"token\":\"" + field(session.body, "token") + "\",\"after\":0}", true);
        visitor.await(frame -> frame.contains("\"type\":\"ready\""), "ready on the widget socket");
        socket.sendText("{\"type\":\"message\",\"text\":\"Hello\",\"clientId\":\"c1\"}", true);
        socket.sendText("{\"type\":\"message\",\"text\":\"agent\",\"clientId\":\"c2\"}", true);

        String pending = eventually(() -> call("GET", "api/v1/bots/" + botId + "/handovers?state=PENDING", agent, null).body,
                list -> list.contains("\"conversationId\""), "the visitor's handover is pending");
        long handoverId = Long.parseLong(number(pending, "id"));
        long conversationId = Long.parseLong(number(pending, "conversationId"));
        Answer assigned = call("POST", "api/v1/handovers/" + handoverId + "/assignment", agent, null);
        check(assigned.status == 200, "the agent assigns the handover to themselves", assigned);
        visitor.await(frame -> frame.contains("You are being transferred to Agent"), "the visitor reads 'You are being transferred to Agent'");

        Answer reply = call("POST", "api/v1/conversations/" + conversationId + "/messages", agent, "{\"text\":\"Smoke reply " + suffix + "\"}");
        check(reply.status == 200 || reply.status == 201, "the agent replies", reply);
        visitor.await(frame -> frame.contains("Smoke reply " + suffix), "the visitor receives the agent's reply");

        Answer resolved = call("POST", "api/v1/handovers/" + handoverId + "/resolution", agent, null);
        check(resolved.status == 200, "the agent resolves the handover", resolved);
        visitor.await(frame -> frame.contains("\"Resolved\""), "the visitor reads 'Resolved'");
        Thread.sleep(2000);
        check(visitor.count("\"text\":\"Hello\"") == 1, "the visitor's own message came once on the socket", visitor.frames);
        check(visitor.count("Smoke reply " + suffix) == 1, "the agent's reply came once on the socket", visitor.frames);
        socket.abort();

        Answer messages = call("GET", "api/v1/conversations/" + conversationId + "/messages", agent, null);
        check(messages.status == 200 && ISO_TIME.matcher(messages.body).find() && !messages.body.matches("(?s).*\"\\w+At\":\\d.*"),
                "message times are ISO-8601 strings", messages);

        signIn(agentName, "Smoke " + suffix);
    }

    /** The console's login form as a browser posts it, then the dashboard. */
    private void signIn(String username, String botName) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        check(form.statusCode() == 200 && state.find(), "GET /login.xhtml shows the form", form.body());
        String body = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode("correct-horse-battery")
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(state.group(1));
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        check(posted.statusCode() == 302 && location.contains("console/"), "signing in redirects to the console: " + location,
                posted.statusCode() + " " + posted.body());
        HttpResponse<String> dashboard = browser.send(HttpRequest.newBuilder(URI.create(base + "console/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        check(dashboard.statusCode() == 200 && dashboard.body().contains(botName)
                        && dashboard.body().contains("id=\"caller\"") && dashboard.body().contains(username),
                "console/index.xhtml is the signed-in agent's dashboard with their bot (not the management console)",
                dashboard.statusCode() + " " + dashboard.headers().map());
    }

    private record Answer(int status, String type, String body) {
        @Override
        public String toString() {
            return status + " " + type + " " + body;
        }
    }

    private Answer call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return call(request);
    }

    private Answer call(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        check(value.find(), "the answer names " + name, json);
        return value.group(1);
    }

    private static String number(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        check(value.find(), "the answer names " + name, json);
        return value.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void check(boolean passed, String what, Object evidence) {
        if (!passed) {
            System.out.println("FAILED " + what + ": " + evidence);
            System.exit(1);
        }
        System.out.println("ok     " + what);
    }

    interface Probe {
        String get() throws Exception;
    }

    private static String eventually(Probe probe, Predicate<String> done, String what) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        String last;
        do {
            last = probe.get();
            if (done.test(last)) {
                check(true, what, last);
                return last;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(until));
        check(false, what, last);
        return last;
    }

    /** The visitor's widget socket: keeps every frame. */
    private static final class Visitor implements WebSocket.Listener {
        final List<String> frames = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        void await(Predicate<String> matching, String what) throws Exception {
            eventually(() -> String.join("\n", frames), all -> frames.stream().anyMatch(matching), what);
        }

        long count(String text) {
            return frames.stream().filter(frame -> frame.contains("\"type\":\"message\"") && frame.contains(text)).count();
        }
    }
}
