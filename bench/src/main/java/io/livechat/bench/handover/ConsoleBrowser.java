package io.livechat.bench.handover;

import io.livechat.bench.support.Answer;
import io.livechat.bench.support.Api;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The consoles as a browser reaches them, in plain HTTP: the login form posted back with its view
 * state (as ConsoleLoginIT does), then pages fetched with the session cookie. Times the HTML
 * document only, not the scripts and styles it names.
 */
final class ConsoleBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Api api;
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    private ConsoleBrowser(Api api) {
        this.api = api;
    }

    static ConsoleBrowser signIn(Api api, String username, String password) throws IOException, InterruptedException {
        ConsoleBrowser console = new ConsoleBrowser(api);
        Answer form = console.get("login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new IllegalStateException("the login page has no view state");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "Sign in");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = console.browser.send(HttpRequest.newBuilder(api.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + signedIn.statusCode());
        }
        return console;
    }

    /** A page, timed until its last byte. */
    Answer get(String page) throws IOException, InterruptedException {
        URI uri = api.uri(page);
        long start = System.nanoTime();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(3)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers(), System.nanoTime() - start);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
