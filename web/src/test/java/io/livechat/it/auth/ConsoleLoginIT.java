package io.livechat.it.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Database;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consoles sign people in with a form and keep them signed in with a session cookie. */
class ConsoleLoginIT extends ClientIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aConsolePageSendsAStrangerToTheLoginPage() throws Exception {
        HttpResponse<String> page = get("console/index.xhtml");
        assertEquals(302, page.statusCode());
        String location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?continue=%2Fconsole%2Findex.xhtml"), location);
    }

    @Test
    void signsInWithTheFormAndOutAgain() throws Exception {
        HttpResponse<String> signedIn = login("alice", Fixture.DEMO_PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/console/index.xhtml"));

        HttpResponse<String> console = get("console/index.xhtml");
        assertEquals(200, console.statusCode());
        assertTrue(console.body().contains("Signed in as alice"), console::body);

        HttpResponse<String> out = submit("console/index.xhtml", "logout", Map.of("logout:submit", "Sign out"));
        assertEquals(302, out.statusCode(), out::body);
        assertEquals(302, get("console/index.xhtml").statusCode(), "signed out: back to the login page");
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAMessage() throws Exception {
        HttpResponse<String> refused = login("alice", "wrong-password");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Wrong username or password"), refused::body);
        assertEquals(302, get("console/index.xhtml").statusCode());
    }

    @Test
    void theLoginPageNeedsNoUser() throws Exception {
        assertEquals(200, get("login.xhtml").statusCode());
    }

    @Test
    void disablingAPersonEndsTheirSignedInSessionAtOnce() throws Exception {
        String username = fixture.person("leaver", "AGENT");
        assertEquals(302, login(username, Fixture.PASSWORD).statusCode());
        assertEquals(200, get("console/index.xhtml").statusCode());

        Database.execute("UPDATE user_account SET enabled = FALSE WHERE username = '" + username + "'");

        HttpResponse<String> after = get("console/index.xhtml");
        assertEquals(302, after.statusCode(), "a disabled person is sent to the login page, not served");
        assertTrue(after.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }

    /** The page's ajax requests got the login page (a redirect) after the session ended, and did nothing. */
    @Test
    void anAjaxRequestAfterTheSessionEndedIsRefusedNamingWhy() throws Exception {
        String username = fixture.person("ajax", "AGENT");
        assertEquals(302, login(username, Fixture.PASSWORD).statusCode());
        assertEquals(200, get("console/index.xhtml").statusCode());
        assertEquals(302, submit("console/index.xhtml", "logout", Map.of("logout:submit", "Sign out")).statusCode());

        HttpResponse<String> refused = ajax("console/index.xhtml");
        assertEquals(401, refused.statusCode(), refused::body);
        assertEquals("signed-out", refused.headers().firstValue("X-Session-Ended").orElse(null), refused.headers()::toString);
        assertTrue(refused.body().contains("session-ended"), refused::body);
        HttpResponse<String> page = get("console/index.xhtml");
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("ended=signed-out"), page.headers()::toString);

        assertEquals(302, login(username, Fixture.PASSWORD).statusCode());
        Database.execute("UPDATE user_account SET enabled = FALSE WHERE username = '" + username + "'");
        assertEquals("disabled", ajax("console/index.xhtml").headers().firstValue("X-Session-Ended").orElse(null));
    }

    @Test
    void aChangedRoleCountsFromTheNextRequest() throws Exception {
        String username = fixture.person("boss", "ADMIN");
        assertEquals(302, login(username, Fixture.PASSWORD).statusCode());
        assertEquals(200, get("console/admin/users.xhtml").statusCode());

        Database.execute("UPDATE user_account SET role = 'AGENT' WHERE username = '" + username + "'");

        assertEquals(403, get("console/admin/users.xhtml").statusCode(), "a demoted admin no longer reaches the admin pages");
        assertEquals(200, get("console/index.xhtml").statusCode(), "but stays signed in as what they are now");
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return submit("login.xhtml", "login",
                Map.of("login:username", username, "login:password", password, "login:submit", "Sign in"));
    }

    /** Posts a JSF form back the way a browser does: its fields, its id and the view state. */
    private HttpResponse<String> submit(String page, String formId, Map<String, String> fields) throws Exception {
        HttpResponse<String> form = get(page);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertTrue(viewState.find(), form::body);
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put(formId, formId);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PrimeFaces ajax request of the page, as its scripts send it. */
    private HttpResponse<String> ajax(String page) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(page)).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String page) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(page)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String page) {
        return URI.create(Api.site(base)).resolve(page);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
