package io.livechat.it.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.BrowserIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.Race;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in to the consoles in a real browser: with the form, and through single sign-on at the
 * OpenID Connect provider the tests run (its login page takes a username and the claims it puts in
 * the ID token, as the person's directory would); signing out of both.
 */
class SignInIT extends BrowserIT {

    @Test
    void aWrongPasswordShowsTheMessageAndTheRightOneLandsOnTheDashboard() {
        long bot = fixture.bot("Form");
        String agent = fixture.person("agent", "AGENT", bot);
        browser.driver.get(site + "login.xhtml");
        browser.find("#login\\:username").sendKeys(agent);
        browser.find("#login\\:password").sendKeys("not-the-password");
        browser.click("#login\\:submit");
        browser.waitFor("the refusal", d -> d.getPageSource().contains("Wrong username or password"));
        browser.screenshot("login");

        browser.signIn(site, agent, Fixture.PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/console/index.xhtml"), browser.driver::getCurrentUrl);
        assertTrue(browser.find("#caller").getText().endsWith(agent));
        signOutAndCheck();
    }

    @Test
    void afterFiveWrongPasswordsTheLoginPageSaysHowLongToWait() {
        String agent = fixture.person("guessed", "AGENT");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, fixture.anonymous().post("api/v1/auth/token", Json.createObjectBuilder()
                    .add("username", agent).add("password", "wrong-" + i).build()).status());
        }
        // The fifth made the account wait (AuthenticationIT checks how long); long enough for this page.
        Database.execute("UPDATE login_failure SET blocked_until = NOW(6) + INTERVAL 1 HOUR WHERE account_id ="
                + " (SELECT id FROM user_account WHERE username = '" + agent + "')");
        browser.driver.get(site + "login.xhtml");
        browser.find("#login\\:username").sendKeys(agent);
        browser.find("#login\\:password").sendKeys(Fixture.PASSWORD);
        browser.click("#login\\:submit");
        browser.waitFor("the wait", d -> d.getPageSource().contains("Too many wrong passwords. Try again in"));
        assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "not signed in while the account waits");
    }

    @Test
    void singleSignOnSignsAKnownAgentInWithTheRoleOfTheGroupsClaimAndOutAgain() {
        long bot = fixture.bot("Sso");
        String agent = fixture.person("agent", "AGENT", bot);

        signInAtProvider(agent, Json.createArrayBuilder().add("agent").add("staff"));

        browser.waitFor("the dashboard", d -> d.getCurrentUrl().endsWith("/console/index.xhtml"));
        assertTrue(browser.find("#caller").getText().endsWith(agent));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#dashboard\\:bots .dashboard-pending[data-bot='"
                + bot + "']")).size(), "the agent's bot is on the dashboard");
        assertTrue(browser.driver.findElements(By.id("nav-bots")).isEmpty(), "an agent has no administration");
        browser.driver.get(site + "console/admin/bots.xhtml");
        assertTrue(browser.find("#error-403").isDisplayed());
        browser.driver.get(site + "console/index.xhtml");
        signOutAndCheck();
    }

    @Test
    void singleSignOnCreatesAnUnknownPersonWithTheRoleFromTheClaim() {
        String username = "sso-admin-" + Fixture.unique();

        signInAtProvider(username, Json.createArrayBuilder().add("/org/Admin"));

        browser.waitFor("the dashboard", d -> d.getCurrentUrl().endsWith("/console/index.xhtml"));
        assertTrue(browser.find("#caller").getText().endsWith(username));
        assertTrue(browser.find("#nav-bots").isDisplayed(), "the group /org/Admin (a full path) made an administrator");
        signOutAndCheck();
    }

    @Test
    void singleSignOnRefusesAPersonInNoKnownGroup() {
        signInAtProvider("sso-guest-" + Fixture.unique(), Json.createArrayBuilder().add("guests"));

        browser.waitFor("the login page", d -> d.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(browser.find("#login\\:messages").getText().contains("none of the groups ADMIN, MANAGER or AGENT"),
                () -> browser.driver.getPageSource());
        browser.driver.get(site + "console/index.xhtml");
        assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "still signed out");
    }

    @Test
    void twoFirstSignInsOfOnePersonAtOnceCreateOneAccountAndBothLandOnTheDashboard() throws Exception {
        String username = "sso-racer-" + Fixture.unique();
        List<URI> callbacks = new ArrayList<>();
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // Each its own cookies, as two tabs of two browsers: the sign-on in progress lives in its session.
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            URI atProvider = redirect(browser, HttpRequest.newBuilder(URI.create(site + "sso/login")).build());
            String form = "username=" + username + "&claims=" + URLEncoder.encode(Json.createObjectBuilder()
                    .add("preferred_username", username).add("groups", Json.createArrayBuilder().add("AGENT"))
                    .build().toString(), StandardCharsets.UTF_8);
            callbacks.add(redirect(browser, HttpRequest.newBuilder(atProvider)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build()));
            browsers.add(browser);
        }

        List<Supplier<URI>> returns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpClient browser = browsers.get(i);
            URI callback = callbacks.get(i);
            returns.add(() -> redirect(browser, HttpRequest.newBuilder(callback).build()));
        }
        for (URI landed : Race.together(returns)) {
            assertTrue(landed.getPath().endsWith("/console/index.xhtml"), () -> "signed in, not refused: " + landed);
        }
        assertEquals(1, Database.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username));
    }

    /** Where the server sends the browser: the request must answer a redirect. */
    private static URI redirect(HttpClient browser, HttpRequest request) {
        try {
            HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(302, response.statusCode(), () -> request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
            return request.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Clicks the login page's single sign-on button and signs in on the provider's own login page. */
    private void signInAtProvider(String username, JsonArrayBuilder groups) {
        browser.driver.get(site + "login.xhtml");
        browser.click("#sso");
        browser.waitFor("the provider's login page", d -> d.findElements(By.name("claims")).isEmpty() ? null : true);
        assertFalse(browser.driver.getCurrentUrl().startsWith(site), "at the provider");
        browser.find("input[name=username]").sendKeys(username);
        browser.find("textarea[name=claims]").sendKeys(Json.createObjectBuilder()
                .add("preferred_username", username)
                .add("email", username + "@example.test")
                .add("groups", groups).build().toString());
        browser.click("input[type=submit]");
    }

    private void signOutAndCheck() {
        browser.click("#logout\\:submit");
        browser.waitFor("the login page", d -> d.getCurrentUrl().contains("/login.xhtml") ? true : null);
        browser.driver.get(site + "console/index.xhtml");
        assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "signed out: back to the login page");
    }
}
