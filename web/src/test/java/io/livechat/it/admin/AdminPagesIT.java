package io.livechat.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;

/** An admin runs the product in the console: sets up bots and manages the people who sign in. */
class AdminPagesIT extends ClientIT {

    private static final Pattern BOT_ID = Pattern.compile("[?&]id=(\\d+)");

    private Chromium browser;
    private AdminPage page;
    private String url;

    @BeforeEach
    void openBrowser() throws Exception {
        url = Api.site(base);
        browser = new Chromium("admin");
        page = new AdminPage(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdminSetsUpABotWhoseNewAgentThenSeesIt() {
        String agent = fixture.person("agent", "AGENT");
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        long botId = createBot("Shop " + Fixture.unique());

        page.type("#widget\\:origins", "https://shop.example.com\nnot a url");
        page.refused("widget", "Not an origin (use scheme://host[:port]): not a url");
        assertEquals("https://shop.example.com\nnot a url", page.value("#widget\\:origins"), "what was typed is kept");
        page.type("#widget\\:origins", "HTTPS://Shop.Example.com:443");
        page.save("widget", "Widget settings saved");
        assertEquals("https://shop.example.com", page.value("#widget\\:origins"));
        assertTrue(page.value("#widget\\:snippet").contains("widget/loader.js?key=" + page.value("#widget\\:key")));

        String number = String.valueOf(System.nanoTime());
        page.type("#whatsapp\\:number", number);
        page.type("#whatsapp\\:token", "token-never-shown-" + number);
        page.save("whatsapp", "WhatsApp connection saved");
        page.text("#whatsapp\\:tokenState", "An access token is set");
        assertFalse(browser.driver.getPageSource().contains("token-never-shown"), "the token is write-only");
        JsonObject whatsapp = fixture.admin().get("api/v1/bots/" + botId + "/whatsapp").object();
        assertEquals(number, whatsapp.getString("phoneNumberId"));
        assertTrue(whatsapp.getBoolean("accessTokenSet"));

        page.choose("#members\\:candidate", "(" + agent + ",");
        page.confirmed(() -> page.click("#members\\:add"), "Member added");
        page.text("#members\\:table", agent);
        ApiResponse bots = fixture.as(agent).get("api/v1/agents/me/bots");
        assertTrue(bots.array().stream().anyMatch(bot -> bot.asJsonObject().getJsonNumber("id").longValue() == botId),
                bots::toString);

        page.type("#texts\\:transferred", "An agent takes over now");
        page.type("#texts\\:agentsAway", "");
        page.refused("texts", "Enter a text");
        assertEquals("An agent takes over now", page.value("#texts\\:transferred"), "the valid text is kept");
        page.type("#texts\\:agentsAway", "Back soon");
        page.save("texts", "Notification texts saved");
        browser.driver.navigate().refresh();
        assertEquals("An agent takes over now", page.value("#texts\\:transferred"), "saved");
        assertEquals("Back soon", page.value("#texts\\:agentsAway"), "saved");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("admin-bots");
        browser.resize(390, 844);
        browser.screenshot("admin-bots-narrow");
    }

    @Test
    void badInputShowsAMessageAndKeepsWhatWasTyped() {
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(url + "console/admin/bots.xhtml");
        page.refused(() -> page.click("#create\\:submit"), "Enter the name of the bot");

        long botId = createBot("Named " + Fixture.unique());
        page.type("#general\\:name", " ");
        page.refused("general", "Enter the name of the bot");
        page.type("#whatsapp\\:number", "12ab");
        page.refused("whatsapp", "The phone number id is a number");
        assertEquals("12ab", page.value("#whatsapp\\:number"));

        String otherBotsNumber = String.valueOf(System.nanoTime());
        fixture.admin().put("api/v1/bots/" + fixture.bot("Other") + "/whatsapp", Json.createObjectBuilder()
                .add("phoneNumberId", otherBotsNumber).add("accessToken", "t").build());
        page.type("#whatsapp\\:number", otherBotsNumber);
        page.type("#whatsapp\\:token", "some-token");
        page.refused("whatsapp", "This phone number id is connected to another bot");
        assertEquals(404, fixture.admin().get("api/v1/bots/" + botId + "/whatsapp").status(), "nothing was kept");
    }

    @Test
    void anEditOfABotChangedMeanwhileIsRefusedWithAClearMessage() {
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        long botId = createBot("Contested " + Fixture.unique());
        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB).get(url + "console/admin/bot.xhtml?id=" + botId);
        page.type("#general\\:name", "Renamed elsewhere");
        page.save("general", "Name saved");

        browser.driver.switchTo().window(first);
        page.type("#texts\\:resolved", "Solved, bye");
        page.save("texts", "Someone else changed this bot meanwhile");
        assertEquals("Solved, bye", page.value("#texts\\:resolved"), "the entry is kept to save again");
        browser.driver.navigate().refresh();
        assertEquals("Renamed elsewhere", page.value("#general\\:name"), "the other change was not overwritten");
        assertNotEquals("Solved, bye", page.value("#texts\\:resolved"));
    }

    @Test
    void anUnknownBotShowsTheNotFoundPage() {
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(url + "console/admin/bot.xhtml?id=" + Long.MAX_VALUE);
        page.text("#error-404", "Not found");
    }

    @Test
    void anAdminCreatesAPersonChangesTheRoleAndPasswordAndDisablesThem() {
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(url + "console/admin/users.xhtml");
        String username = "pat-" + Fixture.unique();
        page.type("#create\\:username", "alice");
        page.type("#create\\:displayName", "Pat Doe");
        page.type("#create\\:email", "pat@example.com");
        page.type("#create\\:password", Fixture.PASSWORD);
        page.refused(() -> page.click("#create\\:submit"), "This username is taken");
        assertEquals("Pat Doe", page.value("#create\\:displayName"), "the other fields are kept");
        assertEquals("pat@example.com", page.value("#create\\:email"));
        page.type("#create\\:username", username);
        // Enter in a field creates the person: the form's own action, never a row's Disable.
        page.confirmed(() -> browser.find("#create\\:email").sendKeys(Keys.ENTER), "User " + username + " created");
        assertEquals("AGENT", me(fixture.token(username, Fixture.PASSWORD)).getString("role"));

        String role = page.row("users:table", ".admin-username", username) + "role";
        page.confirmation(() -> page.choose(role, "Manager"));
        page.yes("Role of " + username + " changed");
        assertEquals("MANAGER", me(fixture.token(username, Fixture.PASSWORD)).getString("role"));
        browser.driver.navigate().refresh();
        assertEquals("Manager", page.chosen(page.row("users:table", ".admin-username", username) + "role"),
                "the page shows the saved role");

        page.click(page.row("users:table", ".admin-username", username) + "password");
        page.text("#passwordUser", username);
        page.type("#password\\:newPassword", "a-new-password-1");
        page.confirmed(() -> page.click("#password\\:set"), "Password of " + username + " changed");
        assertEquals(401, tokenStatus(username, Fixture.PASSWORD));
        assertEquals(200, tokenStatus(username, "a-new-password-1"));
        page.confirmed(() -> page.click("#password\\:generate"), "New password of " + username + " generated");
        String generated = page.value("#password\\:generated");
        assertEquals(200, tokenStatus(username, generated));
        browser.driver.navigate().refresh();

        String row = page.row("users:table", ".admin-username", username);
        page.confirmation(() -> page.click(row + "disable"));
        page.yes(username + " is disabled");
        page.text(row + "status", "Disabled");
        assertEquals(401, tokenStatus(username, generated), "a disabled person cannot sign in");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("admin-users");
        browser.resize(390, 844);
        browser.screenshot("admin-users-narrow");
    }

    @Test
    void anAdminCannotDemoteOrDisableThemselves() {
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(url + "console/admin/users.xhtml");
        String admin = page.row("users:table", ".admin-username", "admin");
        page.confirmation(() -> page.choose(admin + "role", "Agent"));
        page.yes("You cannot disable or demote your own account");
        assertEquals("Admin", page.chosen(admin + "role"), "the page shows the role that was kept");
        page.confirmation(() -> page.click(admin + "disable"));
        page.yes("You cannot disable or demote your own account");
        page.text(admin + "status", "Active");
        assertEquals("ADMIN", me(fixture.token("admin", Fixture.DEMO_PASSWORD)).getString("role"));
    }

    /** PrimeFaces dropped a pick made while the menu's panel was still opening; a quick hand or a touch does that. */
    @Test
    void aRolePickedTheMomentTheMenuOpensIsSaved() {
        String person = fixture.person("quick", "AGENT");
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(url + "console/admin/users.xhtml");
        String role = page.row("users:table", ".admin-username", person) + "role";
        page.confirmation(() -> page.chooseAtOnce(role, "Manager"));
        page.yes("Role of " + person + " changed");
        assertEquals("MANAGER", me(fixture.token(person, Fixture.PASSWORD)).getString("role"));
    }

    /** A role picked or Disable pressed acted at once, and said nothing of the person's sessions and chats. */
    @Test
    void aRoleChangeAndDisableAskFirstSayWhatHappensAndCancelLeavesEverythingAsItWas() {
        long botId = fixture.bot("Confirm");
        String person = fixture.person("pat", "AGENT", botId);
        Api api = fixture.as(person);
        Fixture.goOnline(api);
        long handoverId = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        String token = fixture.token(person, Fixture.PASSWORD);
        browser.signIn(url, "admin", Fixture.DEMO_PASSWORD);
        browser.driver.get(url + "console/admin/users.xhtml");
        String row = page.row("users:table", ".admin-username", person);

        String asked = page.confirmation(() -> page.choose(row + "role", "Manager"));
        assertTrue(asked.contains("Change the role of " + person + "?"), asked);
        assertTrue(asked.contains("From Agent to Manager. It takes effect at " + person + "'s next request"), asked);
        assertTrue(asked.contains("keep the one conversation assigned to them"), asked);
        browser.screenshot("admin-users-confirm-role");
        page.cancel();
        assertEquals("Agent", page.chosen(page.row("users:table", ".admin-username", person) + "role"), "the menu shows the saved role");
        assertEquals("AGENT", me(token).getString("role"), "cancelled: nothing changed");

        asked = page.confirmation(() -> page.click(page.row("users:table", ".admin-username", person) + "disable"));
        assertTrue(asked.contains("Disable " + person + "?"), asked);
        assertTrue(asked.contains("can no longer sign in and goes offline"), asked);
        assertTrue(asked.contains("their API tokens are refused while the account is disabled"), asked);
        assertTrue(asked.contains("The one conversation assigned to them stays assigned to them"), asked);
        browser.screenshot("admin-users-confirm-disable");
        page.cancel();
        page.text(page.row("users:table", ".admin-username", person) + "status", "Active");
        assertEquals(200, fixture.anonymous().as(token).get("api/v1/agents/me").status(), "cancelled: still enabled");

        page.confirmation(() -> page.click(page.row("users:table", ".admin-username", person) + "disable"));
        page.yes(person + " is disabled");
        assertEquals(401, fixture.anonymous().as(token).get("api/v1/agents/me").status(), "the token is refused");
        JsonObject handover = fixture.admin().get("api/v1/handovers/" + handoverId).object();
        assertEquals("ASSIGNED", handover.getString("state"), "as the confirmation said: the chat stays theirs");
        assertEquals(person, handover.getString("assignee"));
    }

    @Test
    void anAgentGetsTheForbiddenPage() {
        String agent = fixture.person("agent", "AGENT");
        browser.signIn(url, agent, Fixture.PASSWORD);
        browser.driver.get(url + "console/admin/bots.xhtml");
        page.text("#error-403", "Not allowed");
        browser.driver.get(url + "console/admin/users.xhtml");
        page.text("#error-403", "Not allowed");
    }

    /** Creates the bot on the bots page; returns its id from the bot page it opens. */
    private long createBot(String name) {
        browser.driver.get(url + "console/admin/bots.xhtml");
        page.type("#create\\:name", name);
        page.click("#create\\:submit");
        browser.waitFor("the new bot's page", d -> d.getCurrentUrl().contains("bot.xhtml?id=") ? true : null);
        assertEquals(name, page.value("#general\\:name"));
        Matcher id = BOT_ID.matcher(browser.driver.getCurrentUrl());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private JsonObject me(String token) {
        return fixture.anonymous().as(token).get("api/v1/agents/me").object();
    }

    private int tokenStatus(String username, String password) {
        return fixture.anonymous().post("api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build()).status();
    }
}
