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
        page.confirmed(() -> page.click("#create\\:submit"), "User " + username + " created");
        assertEquals("AGENT", me(fixture.token(username, Fixture.PASSWORD)).getString("role"));

        String role = page.row("users:table", ".admin-username", username) + "role";
        page.confirmed(() -> page.choose(role, "Manager"), "Role of " + username + " changed");
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
        page.confirmed(() -> page.click(row + "disable"), username + " is disabled");
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
        page.confirmed(() -> page.choose(admin + "role", "Agent"), "You cannot disable or demote your own account");
        assertEquals("Admin", page.chosen(admin + "role"), "the page shows the role that was kept");
        page.confirmed(() -> page.click(admin + "disable"), "You cannot disable or demote your own account");
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
        page.confirmed(() -> page.chooseAtOnce(role, "Manager"), "Role of " + person + " changed");
        assertEquals("MANAGER", me(fixture.token(person, Fixture.PASSWORD)).getString("role"));
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
