package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.HandoverPaths;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Script and expression language in every text a user controls (a bot's and a person's name, a
 * contact's name, what the user and the agent wrote, a handover's reason, notes, tags) are shown as
 * the text they are on every console page that shows them (the report with an audit trail, the
 * history's search and conversation too): no script runs and no expression is evaluated. A script
 * that runs sets {@code window.hostile} or opens an alert; an evaluated expression shows 49 where
 * {@code #{7*7}} was written.
 */
class HostileTextIT extends ClientIT {

    /** Short enough for every field it goes in (bot names hold 120 characters, tags 60). */
    private static final String HOSTILE = "<img src=x onerror=window.hostile=1><script>alert(1)</script>#{7*7}${7*7}";
    private static final String HOSTILE_TAG = "<b onmouseover=alert(1)>#{7*7}</b>";

    @Test
    void everyTextAUserControlsIsShownAsTextOnEveryConsolePage() throws Exception {
        ApiResponse bot = fixture.admin().post("api/v1/bots", Json.createObjectBuilder().add("name", "B " + HOSTILE).build());
        assertEquals(201, bot.status(), bot::toString);
        long botId = bot.object().getJsonNumber("id").longValue();
        String agentName = "agent-" + Fixture.unique();
        assertEquals(201, fixture.admin().post("api/v1/users", Json.createObjectBuilder().add("username", agentName)
                .add("displayName", "A " + HOSTILE).add("role", "AGENT").add("password", Fixture.PASSWORD).build()).status());
        assertEquals(204, fixture.admin().put("api/v1/bots/" + botId + "/members/" + agentName, null).status());
        Api agent = fixture.as(agentName);
        Fixture.goOnline(agent);

        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(botId, "v-" + Fixture.unique()))
                .add("contact", Json.createObjectBuilder().add("channel", "WEB").add("externalId", "v-" + Fixture.unique())
                        .add("name", "C " + HOSTILE))
                .add("reason", "R " + HOSTILE)
                .add("transcript", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("sender", "USER").add("text", "U " + HOSTILE)))
                .build();
        ApiResponse handover = fixture.anonymous().as(fixture.botToken(botId)).post("api/v1/handovers", request);
        assertEquals(201, handover.status(), handover::toString);
        long handoverId = HandoverPaths.id(handover.object());
        long conversationId = handover.object().getJsonNumber("conversationId").longValue();
        String conversation = "api/v1/conversations/" + conversationId;
        assertEquals(201, agent.post(conversation + "/contact/notes",
                Json.createObjectBuilder().add("text", "N " + HOSTILE).build()).status());
        assertEquals(200, agent.put(conversation + "/tags/" + URLEncoder.encode(HOSTILE_TAG, StandardCharsets.UTF_8)
                .replace("+", "%20"), null).status());
        assertEquals(201, agent.post(conversation + "/private-notes",
                Json.createObjectBuilder().add("text", "P " + HOSTILE).build()).status());
        assertEquals(201, fixture.admin().post("api/v1/bots/" + botId + "/canned-responses", Json.createObjectBuilder()
                .add("shortcut", "hostile").add("text", "K " + HOSTILE).build()).status());

        String site = Api.site(base);
        try (LiveChatPage page = LiveChatPage.open(site, "admin", Fixture.DEMO_PASSWORD, botId)) {
            page.select(handoverId);
            page.waitFor("the transcript", d -> text(page).contains("U " + HOSTILE) ? true : null);
            assertShownAsText(page, "the Live Chat page", List.of("C " + HOSTILE, "R " + HOSTILE, "U " + HOSTILE,
                    "N " + HOSTILE, "P " + HOSTILE, HOSTILE_TAG.toLowerCase(java.util.Locale.ROOT)));
            page.driver.get(site + "console/team.xhtml?bot=" + botId);
            assertShownAsText(page, "the team live view", List.of("B " + HOSTILE, "C " + HOSTILE, "A " + HOSTILE));
            page.driver.get(site + "console/livechat.xhtml?bot=" + botId);
            page.select(handoverId);

            page.find("#lc\\:privateNote").sendKeys("/hos");
            page.find("#livechat-canned-menu li[data-shortcut='hostile']");
            assertShownAsText(page, "the canned menu", List.of("K " + HOSTILE));
            assertEquals(200, agent.post(HandoverPaths.assignment(handover.object()), null).status());
            assertEquals(201, agent.post(conversation + "/messages",
                    Json.createObjectBuilder().add("text", "G " + HOSTILE).build()).status());
            page.waitFor("the agent's reply", d -> text(page).contains("G " + HOSTILE) ? true : null);
            assertShownAsText(page, "the Live Chat page after a push", List.of("G " + HOSTILE, "A " + HOSTILE));

            page.driver.get(site + "console/history.xhtml?zone=UTC&bot=" + botId + "&q="
                    + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8));
            page.find("#history\\:results a.history-open");
            assertShownAsText(page, "the history search", List.of("B " + HOSTILE, "C " + HOSTILE, "G " + HOSTILE,
                    HOSTILE_TAG.toLowerCase(java.util.Locale.ROOT)));
            assertEquals(HOSTILE, page.find("#search-q").getDomProperty("value"), "the search field shows the text as typed");
            page.driver.get(site + "console/history-conversation.xhtml?zone=UTC&conversation=" + conversationId);
            assertShownAsText(page, "a history conversation", List.of("B " + HOSTILE, "C " + HOSTILE, "U " + HOSTILE,
                    "G " + HOSTILE, "P " + HOSTILE, "Assigned to A " + HOSTILE, HOSTILE_TAG.toLowerCase(java.util.Locale.ROOT)));

            page.driver.get(site + "console/reports.xhtml?zone=UTC&period=today&bot=" + botId + "&handover=" + handoverId);
            page.waitFor("the report's audit trail and transcript", d -> text(page).contains("G " + HOSTILE) ? true : null);
            assertShownAsText(page, "the report with a handover's audit trail", List.of("B " + HOSTILE, "C " + HOSTILE,
                    "U " + HOSTILE, "G " + HOSTILE));

            page.driver.get(site + "console/index.xhtml");
            assertShownAsText(page, "the dashboard", List.of("B " + HOSTILE));
            page.driver.get(site + "console/canned.xhtml?bot=" + botId);
            assertShownAsText(page, "the canned responses page", List.of("B " + HOSTILE, "K " + HOSTILE));
            page.driver.get(site + "console/admin/bots.xhtml");
            assertShownAsText(page, "the bots page", List.of("B " + HOSTILE));
            page.driver.get(site + "console/admin/bot.xhtml?id=" + botId);
            assertShownAsText(page, "the bot's page", List.of("A " + HOSTILE));
            assertEquals("B " + HOSTILE, page.find("#general\\:name").getDomProperty("value"), "the form shows the name as typed");
            page.driver.get(site + "console/admin/users.xhtml");
            assertShownAsText(page, "the users page", List.of("A " + HOSTILE));
        }
    }

    /** What the page shows as text (script, styles and hidden markup aside). */
    private static String text(LiveChatPage page) {
        return (String) page.script("return document.body.innerText");
    }

    private static void assertShownAsText(LiveChatPage page, String where, List<String> texts) {
        page.find("#main");
        String shown = text(page);
        for (String text : texts) {
            assertTrue(shown.contains(text), () -> where + " shows '" + text + "' as text; it shows: " + shown);
        }
        assertNull(page.script("return window.hostile === undefined ? null : String(window.hostile)"), where + ": a script ran");
        try {
            page.driver.switchTo().alert();
            throw new AssertionError(where + ": a script opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
