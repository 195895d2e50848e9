package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.EmojiPicker;
import io.livechat.it.support.Fixture;
import io.livechat.it.widget.Browser;
import io.livechat.it.widget.HostSite;
import jakarta.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Live Chat page as agents and admins work it, following the product's procedures: Self-Assign,
 * Resolve and Unassign, with the user on the other side in the widget, and everything that others
 * do showing live on the open pages.
 */
class LiveChatIT extends ClientIT {

    private final List<AutoCloseable> opened = new ArrayList<>();
    private String app;
    private long botId;

    @BeforeEach
    void newBot() {
        String loopback = Api.loopback(base).toString();
        app = loopback.endsWith("/") ? loopback : loopback + "/";
        botId = fixture.bot("Live Chat");
    }

    @AfterEach
    void closeBrowsers() throws Exception {
        for (AutoCloseable browser : opened) {
            browser.close();
        }
    }

    @Test
    void anAgentSelfAssignsChatsWithTheUserInTheWidgetAndResolves() throws IOException {
        HostSite site = remember(new HostSite(app));
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        assertEquals(200, settings.status(), settings::toString);
        LiveChatPage agent = page(fixture.person("agent", "AGENT", botId));
        agent.goOnline();
        LiveChatPage manager = page(fixture.person("manager", "MANAGER", botId));

        Browser user = remember(new Browser("user"));
        user.open(site.page("127.0.0.1", settings.object().getString("widgetKey")));
        user.part("button.launcher").click();
        user.write("Hello, I need help");
        WebElement menu = user.waitForMessage("BOT", "How can I help?");
        menu.findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();

        long handoverId = agent.firstPending();
        assertEquals("PENDING", manager.stateInList(handoverId), "the manager's open page lists it too");
        agent.select(handoverId);
        agent.waitForMessage("USER", "Hello, I need help");
        agent.waitForMessage("BOT", "How can I help?");
        assertFalse(agent.shows("reply"), "no composer before the handover is the agent's");

        agent.click("assign");
        user.waitForMessage("SYSTEM", "You are being transferred to Agent");
        agent.waitForMessage("SYSTEM", "You are being transferred to Agent");
        assertTrue(agent.state().startsWith("Assigned to Agent"), agent.state());
        manager.waitUntilListed(handoverId, "ASSIGNED");

        user.script("var typing = arguments[0]; new MutationObserver(function () { if (typing.textContent) {"
                + " window.agentTyping = typing.textContent; } }).observe(typing, {childList: true});", user.part(".typing"));
        agent.reply("Hi, I am here. What happened?");
        user.waitForMessage("AGENT", "Hi, I am here. What happened?");
        assertTrue(String.valueOf(user.script("return window.agentTyping")).endsWith("is typing\u2026"),
                "the composer told the widget that the agent types");
        agent.script("var typing = document.getElementById('livechat-typing'); new MutationObserver(function () {"
                + " if (typing.textContent) { window.typingShown = typing.textContent; } }).observe(typing, {childList: true});");
        user.part("textarea").sendKeys("My order 42 <b>did not</b> arrive");
        agent.waitFor(LiveChatPage.LIVE.plusSeconds(5), "the user typing",
                d -> agent.script("return window.typingShown || null"));
        assertEquals("typing\u2026", agent.script("return window.typingShown"));
        user.part("button.send").click();
        agent.waitForMessage("USER", "My order 42 <b>did not</b> arrive");
        assertTrue(agent.driver.findElements(By.cssSelector("#lc\\:transcript b")).isEmpty(), "text, never markup");
        agent.click("#livechat-emoji-toggle");
        EmojiPicker picker = new EmojiPicker(agent, "document.querySelector('#livechat-emoji emoji-picker')").awaitReady();
        picker.search("thumbs up");
        picker.pick("\uD83D\uDC4D\uFE0F");
        agent.click("send");
        user.waitForMessage("AGENT", "\uD83D\uDC4D\uFE0F");
        agent.screenshot("livechat-agent");

        agent.click("resolve");
        agent.waitUntilGone(handoverId);
        manager.waitUntilGone(handoverId);
        user.waitForMessage("SYSTEM", "Resolved");
        assertFalse(agent.shows("reply"), "a resolved conversation takes no more replies");
    }

    @Test
    void aNewHandoverShowsLiveAndAnUnassignedOneReturnsToTheList() throws IOException {
        LiveChatPage agent = page(fixture.person("agent", "AGENT", botId));
        agent.goOnline();
        LiveChatPage colleague = page(fixture.person("colleague", "AGENT", botId));

        long handoverId = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        agent.waitUntilListed(handoverId, "PENDING");
        colleague.waitUntilListed(handoverId, "PENDING");

        colleague.select(handoverId);
        colleague.click("assign");
        colleague.waitForNotice("Go online before you assign a handover to yourself.");
        assertEquals("Waiting for an agent", colleague.state(), "an offline agent cannot take it");

        agent.select(handoverId);
        agent.click("assign");
        agent.waitUntilListed(handoverId, "ASSIGNED");
        colleague.waitUntilGone(handoverId);

        agent.click("unassign");
        agent.waitUntilListed(handoverId, "PENDING");
        colleague.waitUntilListed(handoverId, "PENDING");
        assertTrue(agent.shows("assign"), "Assign to me is back");
        assertEquals("Waiting for an agent", agent.state());
    }

    @Test
    void ofTwoAgentsWhoAssignTogetherOneWinsAndTheOtherSeesWhoHasIt() throws IOException {
        String aliceName = fixture.person("alice", "AGENT", botId);
        String bobName = fixture.person("bob", "AGENT", botId);
        LiveChatPage alice = page(aliceName);
        LiveChatPage bob = page(bobName);
        long handoverId = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        for (LiveChatPage agent : List.of(alice, bob)) {
            agent.goOnline();
            agent.select(handoverId);
            agent.deaf(); // neither page hears of the other's click before its own lands
        }

        alice.script("document.getElementById('lc:assign').click()");
        bob.script("document.getElementById('lc:assign').click()");

        for (LiveChatPage agent : List.of(alice, bob)) {
            agent.waitFor("the outcome", d -> agent.state().startsWith("Assigned to") ? true : null);
        }
        LiveChatPage winner = alice.shows("reply") ? alice : bob;
        LiveChatPage loser = winner == alice ? bob : alice;
        String winnerName = winner == alice ? "Alice " + aliceName : "Bob " + bobName;
        assertFalse(loser.shows("reply"), "exactly one of them may write to the user");
        loser.waitForNotice(winnerName + " has this handover already");
        assertEquals("Assigned to " + winnerName, loser.state());
        assertFalse(loser.shows("assign"), "no stale Assign button");
        loser.waitUntilGone(handoverId); // an agent's lists hold only their own assigned handovers
    }

    @Test
    void anAdminWatchesEveryHandoverOfTheBotReadOnly() throws IOException {
        Api agent = fixture.onlineAgent("agent", botId);
        String token = fixture.botToken(botId);
        long waiting = fixture.handover(botId, token).getJsonNumber("id").longValue();
        long taken = fixture.handover(botId, token).getJsonNumber("id").longValue();
        assertEquals(200, agent.post("api/v1/handovers/" + taken + "/assignment", null).status());

        LiveChatPage admin = page("admin", Fixture.DEMO_PASSWORD);
        admin.waitUntilListed(waiting, "PENDING");
        admin.waitUntilListed(taken, "ASSIGNED");
        assertTrue(admin.item(taken).getText().contains("Assigned to Agent agent-"), admin.item(taken).getText());
        admin.select(taken);
        admin.waitForMessage("SYSTEM", "You are being transferred to Agent");
        assertTrue(admin.shows("readonly"), "no composer for a conversation assigned to someone else");
        assertTrue(admin.shows("unassign") && admin.shows("resolve"), "an admin may release it");
        admin.screenshot("livechat-admin");

        admin.resize(400, 800);
        int handoversLeft = admin.find(".livechat-handovers").getRect().getX();
        assertEquals(handoversLeft, admin.find(".livechat-conversation").getRect().getX(), "sections stack");
        admin.screenshot("livechat-narrow");
    }

    @Test
    void anAdminAddsANoteWithAuthorAndTimeThatAnAgentSeesLiveAndTheAgentTagsTheConversation() throws IOException {
        long handoverId = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        LiveChatPage agent = page(fixture.person("agent", "AGENT", botId));
        agent.select(handoverId);
        String profile = agent.find("#profile").getText();
        assertTrue(profile.contains("Visitor visitor-") && profile.contains("Web"), profile);

        LiveChatPage admin = page("admin", Fixture.DEMO_PASSWORD);
        admin.select(handoverId);
        admin.find("#lc\\:note").sendKeys("Prefers <b>email</b> over calls");
        admin.click("addNote");
        for (LiveChatPage page : List.of(admin, agent)) {
            String note = page.waitFor(LiveChatPage.LIVE, "the note", d -> (String) page.script(
                    "var n = document.querySelector('.livechat-note'); return n ? n.innerText : null"));
            assertTrue(note.contains("Prefers <b>email</b> over calls"), note);
            assertTrue(note.startsWith("Ada Admin"), () -> "the author: " + note);
            assertTrue(note.matches("(?s).*\\d{1,2}:\\d{2}.*"), () -> "the time: " + note);
        }

        agent.find("#lc\\:tag_input").sendKeys("Refund");
        agent.click("addTag");
        for (LiveChatPage page : List.of(agent, admin)) {
            page.waitFor(LiveChatPage.LIVE, "the tag", d -> d.findElement(By.cssSelector(".livechat-tag[data-tag='refund']")));
        }
        long other = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        agent.select(other);
        agent.find("#lc\\:tag_input").sendKeys("re");
        agent.waitFor(LiveChatPage.LIVE, "the suggestion", d -> d.findElement(By.cssSelector(".ui-autocomplete-item[data-item-value='refund']")));
        agent.select(handoverId);
        agent.click(".livechat-tag[data-tag='refund'] a");
        agent.waitFor(LiveChatPage.LIVE, "the tag removed",
                d -> d.findElements(By.cssSelector(".livechat-tag")).isEmpty() ? true : null);
    }

    @Test
    void anAgentOpeningAnotherBotsLiveChatGetsTheForbiddenPage() throws IOException {
        long otherBot = fixture.bot("Other");
        fixture.handover(otherBot, fixture.botToken(otherBot));
        LiveChatPage agent = page(fixture.person("agent", "AGENT", botId));
        agent.driver.get(app + "console/livechat.xhtml?bot=" + otherBot);
        agent.find("#error-403");
        assertTrue(agent.driver.findElements(By.cssSelector("a[data-handover]")).isEmpty());
    }

    private LiveChatPage page(String username) throws IOException {
        return page(username, Fixture.PASSWORD);
    }

    private LiveChatPage page(String username, String password) throws IOException {
        return remember(LiveChatPage.open(app, username, password, botId));
    }

    private <T extends AutoCloseable> T remember(T browser) {
        opened.add(browser);
        return browser;
    }
}
