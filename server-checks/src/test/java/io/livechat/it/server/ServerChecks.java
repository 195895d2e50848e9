package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * What every full server must do with the unchanged EAR, checked from outside as its clients do. A
 * server's harness extends this: it installs the EAR on that server the way the README says, names
 * the first admin, and answers {@link #server()}; {@code PayaraServerIT} is the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
public abstract class ServerChecks {

    /** The installed application: its root URL and the first admin the installation named. */
    public record Installed(URI base, String admin, String adminPassword) {
    }

    /** Answers the running server; called once its harness has started it. */
    protected abstract Installed server();

    @Test
    void theServerIsReady() {
        ApiResponse ready = anonymous().get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
    }

    @Test
    void theTokenAnswerNamesTheAccessTokenAndTimesAreIsoInstants() {
        ApiResponse token = anonymous().post("api/v1/auth/token", Json.createObjectBuilder()
                .add("username", server().admin()).add("password", server().adminPassword()).build());
        assertEquals(200, token.status(), token::toString);
        assertFalse(token.object().getString("access_token").isBlank(), token::toString);

        long bot = fixture().bot("Server checks");
        JsonObject handover = fixture().handover(bot, fixture().botToken(bot));
        assertIsoInstant(handover.getString("requestedAt"));
    }

    @Test
    void errorsAreProblemDocuments() {
        ApiResponse anonymous = anonymous().get("api/v1/bots");
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals("application/problem+json", anonymous.contentType(), anonymous::toString);

        ApiResponse invalid = fixture().admin().post("api/v1/bots", Json.createObjectBuilder().add("nonsense", true).build());
        assertEquals(422, invalid.status(), invalid::toString);
        assertEquals("application/problem+json", invalid.contentType(), invalid::toString);
        assertEquals("invalid-input", invalid.problemType(), invalid::toString);
    }

    @Test
    void aVisitorsWidgetFollowsTheHandoverFromRequestToResolution() throws Exception {
        long bot = fixture().bot("Server checks widget");
        Api agent = fixture().onlineAgent("agent", bot);
        try (WidgetHandover walk = WidgetHandover.begin(fixture(), agent, server().base(), bot)) {
            walk.assign();
            String text = "Agent here, " + Fixture.unique();
            walk.reply(text);
            walk.resolve();
            assertEquals(1, walk.received(text), () -> "the reply comes once: " + walk.visitor.messages());
        }
    }

    @Test
    void anAgentSignsInOnTheLoginPageAndSeesTheConsole() throws Exception {
        String agent = fixture().person("agent", "AGENT", fixture().bot("Server checks console"));
        ConsoleSession console = ConsoleSession.signIn(server().base(), agent, Fixture.PASSWORD);
        String cookie = console.sessionCookie().toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("httponly"), console::sessionCookie);
        assertEquals(1, cookie.split("samesite=", -1).length - 1, () -> "one SameSite: " + console.sessionCookie());
        assertTrue(cookie.contains("samesite=lax"), console::sessionCookie);

        ConsoleSession.Page index = console.get("console/index.xhtml");
        assertEquals(200, index.status(), index::toString);
        assertTrue(index.body().contains("jakarta.faces.ViewState"), "a JSF view");
        assertTrue(index.body().contains(agent), "the page names who signed in");
    }

    @Test
    void theConsolesPushSocketTellsOfANewHandoverAtOnce() throws Exception {
        long bot = fixture().bot("Server checks push");
        String agent = fixture().person("agent", "AGENT", bot);
        ConsoleSession console = ConsoleSession.signIn(server().base(), agent, Fixture.PASSWORD);
        try (ConsoleSession.PushSocket push = console.openPush("console/index.xhtml")) {
            long handover = fixture().handover(bot, fixture().botToken(bot)).getJsonNumber("id").longValue();
            JsonObject event = push.await(frame -> "handover".equals(frame.getString("type", ""))
                    && frame.getJsonNumber("handoverId").longValue() == handover, "the new handover's push");
            assertEquals(bot, event.getJsonNumber("botId").longValue(), event::toString);
        }
    }

    private Api anonymous() {
        return Api.at(url(server().base()));
    }

    private Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = Fixture.at(url(server().base()), server().admin(), server().adminPassword());
        }
        return fixture;
    }

    private static void assertIsoInstant(String text) {
        try {
            Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new AssertionError("not an ISO-8601 instant: " + text, e);
        }
    }

    static URL url(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }
}
