package io.livechat.it.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.BrowserIT;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The managers' live view of a bot (console/team.xhtml and {@code GET /api/v1/bots/{id}/team}): who
 * is online, how many open chats each holds, what waits and the oldest of it, all changing by push
 * without a reload, and the wait alert (colour and words) once the oldest waited the bot's threshold.
 * One of a bot's wait-alert minutes lasts 2 s in the tests ({@code livechat.wait.alert.minute}).
 */
class LiveViewIT extends BrowserIT {

    private static final Duration LIVE = Duration.ofSeconds(4);

    private long bot;
    private String engine;
    private String manager;

    @BeforeEach
    void newBot() {
        bot = fixture.bot("Live view");
        engine = fixture.botToken(bot);
        manager = fixture.person("manager", "MANAGER", bot);
    }

    @Test
    void aManagersLiveViewFollowsPresenceOpenChatsAndTheOldestWaitingLive() {
        String amy = fixture.person("amy", "AGENT", bot);
        String ben = fixture.person("ben", "AGENT", bot);
        Api amyApi = fixture.as(amy);
        waitAlert(60);

        browser.signIn(site, manager, Fixture.PASSWORD);
        browser.click("a[href$='/console/team.xhtml?bot=" + bot + "']");
        browser.find("#team-agents");
        browser.waitFor("the live socket", d -> "open".equals(browser.script(
                "return document.documentElement.getAttribute('data-live')")) ? true : null);
        browser.script("window.liveViewLoadedOnce = true;");
        assertEquals(Map.of(amy, "OFFLINE 0", ben, "OFFLINE 0", manager, "OFFLINE 0"), agents());
        assertEquals("0", pending());
        assertTrue(browser.driver.findElements(By.id("team-oldest")).isEmpty(), "nobody waits");

        Fixture.goOnline(amyApi);
        waitFor("Amy online", () -> "ONLINE 0".equals(agents().get(amy)));

        long first = handover("v1-" + Fixture.unique());
        waitFor("the first handover waiting", () -> "1".equals(pending()) && oldest() == first);
        assertEquals(200, amyApi.post("api/v1/handovers/" + first + "/assignment", null).status());
        waitFor("Amy holding the chat, nothing waiting",
                () -> "ONLINE 1".equals(agents().get(amy)) && "0".equals(pending()));
        assertTrue(browser.driver.findElements(By.id("team-oldest")).isEmpty());

        String second = "v2-" + Fixture.unique();
        long waitingLongest = handover(second);
        handover("v3-" + Fixture.unique());
        waitFor("two waiting, the older first", () -> "2".equals(pending()) && oldest() == waitingLongest);
        assertEquals("Visitor " + second, browser.find("#team-oldest-name").getText());
        String waited = browser.find("#team-waited").getText();
        waitFor("the waiting time ticking", () -> !browser.find("#team-waited").getText().equals(waited));
        assertFalse(alerted(), "60 minutes have not passed");

        waitAlert(1);
        waitFor("the wait alert, in colour and words", this::alerted);
        assertEquals("Alert: waiting longer than 1 minute", browser.find("#team-alert").getText().strip());
        assertEquals(Map.of(amy, "ONLINE 1", ben, "OFFLINE 0", manager, "OFFLINE 0"), agents());
        assertEquals(Boolean.TRUE, browser.script("return window.liveViewLoadedOnce === true"), "never reloaded");
        browser.screenshot("team-live-view");

        ApiResponse team = fixture.as(manager).get("api/v1/bots/" + bot + "/team");
        assertEquals(200, team.status(), team::toString);
        JsonObject figures = team.object();
        assertEquals(2, figures.getJsonNumber("pending").longValue());
        assertEquals(1, figures.getInt("waitAlertMinutes"));
        JsonObject oldest = figures.getJsonObject("oldestWaiting");
        assertEquals(waitingLongest, oldest.getJsonNumber("handoverId").longValue(), figures::toString);
        assertEquals("Visitor " + second, oldest.getString("userName"));
        assertTrue(oldest.getBoolean("overWaitAlert"), figures::toString);
        Map<String, String> byApi = figures.getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(agent -> agent.getString("username"),
                        agent -> (agent.getBoolean("online") ? "ONLINE " : "OFFLINE ") + agent.getInt("openChats")));
        assertEquals(agents(), byApi, "the API tells what the page shows");
    }

    @Test
    void agentsAndManagersOfOtherBotsAreRefusedThePageAndTheApi() {
        String agent = fixture.person("agent", "AGENT", bot);
        Api agentApi = fixture.as(agent);
        Api outsider = fixture.as(fixture.person("manager", "MANAGER", fixture.bot("Other")));
        for (Api refused : new Api[] {agentApi, outsider}) {
            for (ApiResponse answer : new ApiResponse[] {refused.get("api/v1/bots/" + bot + "/team"),
                refused.get("api/v1/bots/" + bot + "/wait-alert"),
                refused.put("api/v1/bots/" + bot + "/wait-alert", Json.createObjectBuilder().add("minutes", 3).build())}) {
                assertEquals(403, answer.status(), answer::toString);
                assertEquals("application/problem+json", answer.contentType(), answer::toString);
            }
        }
        assertEquals(200, fixture.as(manager).get("api/v1/bots/" + bot + "/team").status());
        assertEquals(5, fixture.as(manager).get("api/v1/bots/" + bot + "/wait-alert").object().getInt("minutes"),
                "five minutes unless an admin sets another");

        browser.signIn(site, agent, Fixture.PASSWORD);
        browser.find("a[href$='/console/livechat.xhtml?bot=" + bot + "']");
        assertTrue(browser.driver.findElements(By.cssSelector("a[href*='/console/team.xhtml']")).isEmpty(),
                "no Team link for an agent");
        browser.driver.get(site + "console/team.xhtml?bot=" + bot);
        assertTrue(browser.find("#error-403").getText().contains("Not allowed"));
        assertTrue(browser.driver.findElements(By.id("team-agents")).isEmpty(), "nothing of the bot shows");
        browser.driver.get(site + "console/livechat.xhtml?bot=" + bot);
        browser.find("#lc\\:handovers");
        assertTrue(browser.driver.findElements(By.id("lc:teamView")).isEmpty(), "no Team link on an agent's Live Chat");
    }

    @Test
    void theWaitAlertIsValidatedOnTheApiAndOnTheBotsPage() {
        for (int wrong : new int[] {0, 1441}) {
            ApiResponse refused = putWaitAlert(Json.createObjectBuilder().add("minutes", wrong).build());
            assertEquals(422, refused.status(), refused::toString);
            assertEquals("application/problem+json", refused.contentType());
            assertEquals("invalid-input", refused.problemType());
            assertTrue(refused.object().getString("detail").contains("minutes must be between 1 and 1440 minutes"),
                    refused::toString);
        }
        ApiResponse missing = putWaitAlert(Json.createObjectBuilder().build());
        assertEquals(422, missing.status(), missing::toString);
        assertTrue(missing.object().getString("detail").startsWith("minutes is required"), missing::toString);
        waitAlert(15);

        browser.signIn(site, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(site + "console/admin/bot.xhtml?id=" + bot);
        WebElement minutes = browser.find("#waitAlert\\:minutes_input");
        assertEquals("15", minutes.getDomProperty("value"));
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
        browser.click("#waitAlert\\:save");
        browser.waitFor("the field's refusal", d -> d.findElements(By.cssSelector("#waitAlert .ui-message-error")).stream()
                .map(WebElement::getText).filter(text -> text.contains("Wait alert: enter a whole number of minutes from 1 to 1440."))
                .findFirst().orElse(null));
        assertEquals(15, fixture.as(manager).get("api/v1/bots/" + bot + "/wait-alert").object().getInt("minutes"),
                "nothing stored");

        minutes = browser.find("#waitAlert\\:minutes_input");
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7", Keys.ENTER);
        browser.waitFor("saved", d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .map(WebElement::getText).filter(text -> text.contains("Wait alert saved: after 7 minutes"))
                .findFirst().orElse(null));
        assertEquals(7, fixture.as(manager).get("api/v1/bots/" + bot + "/wait-alert").object().getInt("minutes"));
    }

    private void waitAlert(int minutes) {
        ApiResponse set = putWaitAlert(Json.createObjectBuilder().add("minutes", minutes).build());
        assertEquals(200, set.status(), set::toString);
        assertEquals(minutes, set.object().getInt("minutes"));
    }

    private ApiResponse putWaitAlert(JsonObject body) {
        return fixture.admin().put("api/v1/bots/" + bot + "/wait-alert", body);
    }

    private long handover(String visitor) {
        ApiResponse created = fixture.anonymous().as(engine).post("api/v1/handovers", Fixture.handoverRequest(bot, visitor));
        assertEquals(201, created.status(), created::toString);
        return created.object().getJsonNumber("id").longValue();
    }

    private void waitFor(String what, BooleanSupplier condition) {
        browser.waitFor(LIVE, what, d -> condition.getAsBoolean() ? true : null);
    }

    /** Each person of the page's table by username: "ONLINE 2" (presence, open chats), read at once. */
    private Map<String, String> agents() {
        List<?> rows = (List<?>) browser.script("return Array.from(document.querySelectorAll("
                + "'#team-agents tr.team-agent')).map(row => [row.dataset.username, row.dataset.presence + ' '"
                + " + row.querySelector('.team-open-chats').textContent.trim()]);");
        return rows.stream().map(row -> (List<?>) row)
                .collect(Collectors.toMap(row -> row.get(0).toString(), row -> row.get(1).toString()));
    }

    private String pending() {
        return browser.find("#team-pending").getAttribute("data-pending");
    }

    private long oldest() {
        List<WebElement> oldest = browser.driver.findElements(By.id("team-oldest"));
        return oldest.isEmpty() ? -1 : Long.parseLong(oldest.get(0).getAttribute("data-handover"));
    }

    private boolean alerted() {
        WebElement alert = browser.find("#team-alert");
        return alert.isDisplayed() && browser.find("#team-waiting").getAttribute("class").contains("team-overdue");
    }
}
