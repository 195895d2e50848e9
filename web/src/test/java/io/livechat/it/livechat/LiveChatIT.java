package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.admin.AdminPage;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.EmojiPicker;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Database;
import io.livechat.it.widget.Browser;
import io.livechat.it.widget.HostSite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

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
        String widgetKey = allowWidgetOn(site);
        LiveChatPage agent = page(fixture.person("agent", "AGENT", botId));
        agent.goOnline();
        LiveChatPage manager = page(fixture.person("manager", "MANAGER", botId));

        Browser user = remember(new Browser("user"));
        user.open(site.page("127.0.0.1", widgetKey));
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

    /** The demo data's transcript, seeded user, bot, user, bot, reads in that order (it was shuffled). */
    @Test
    void theSeededDemoTranscriptReadsInTheOrderItWasWritten() throws IOException {
        long demoBot = fixture.admin().get("api/v1/agents/me/bots").array().stream().map(JsonObject.class::cast)
                .filter(bot -> bot.getString("name").equals("Acme Support")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject refund = fixture.admin().get("api/v1/bots/" + demoBot + "/handovers?state=PENDING").array().stream()
                .map(JsonObject.class::cast).filter(h -> "Refund needs a human".equals(h.getString("reason", null)))
                .findFirst().orElseThrow(() -> new AssertionError("the demo's pending handover"));
        LiveChatPage admin = remember(LiveChatPage.open(app, "admin", Fixture.DEMO_PASSWORD, demoBot));
        admin.select(refund.getJsonNumber("id").longValue());
        admin.waitForMessage("BOT", "Refunds need a person to check the payment. Let me find an agent for you.");

        List<String> shown = admin.messages().stream().map(m -> m.getAttribute("data-sender") + ":"
                + m.findElement(By.cssSelector(".livechat-msg-text")).getText()).toList();
        assertEquals(List.of("USER:Hi! I was charged twice for order 1042.",
                "BOT:I'm sorry to hear that. Can you tell me the order number?",
                "USER:It's 1042, and I need a refund for the second charge.",
                "BOT:Refunds need a person to check the payment. Let me find an agent for you."), shown.subList(0, 4));
        List<Long> ids = admin.messages().stream().map(m -> Long.parseLong(m.getAttribute("data-id"))).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in the server's sequence");
        admin.screenshot("livechat-demo-in-order");
    }

    /**
     * A visitor nobody has named yet is "Visitor" and a number made from their contact id, the same
     * in the list, the conversation's header, its transcript and the profile, and after a reload;
     * once the host page names them (setUser), that name replaces it.
     */
    @Test
    void anAnonymousVisitorHasAStableVisitorNameUntilTheHostPageNamesThem() throws IOException {
        HostSite site = remember(new HostSite(app));
        Browser user = remember(new Browser("anonymous"));
        user.open(site.page("127.0.0.1", allowWidgetOn(site)));
        user.script("window.LiveChat.open()");
        user.write("Hi");
        user.waitForMessage("BOT", "How can I help?").findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();

        LiveChatPage agent = page(fixture.person("agent", "AGENT", botId));
        long handoverId = agent.firstPending();
        long conversationId = fixture.admin().get("api/v1/handovers/" + handoverId).object()
                .getJsonNumber("conversationId").longValue();
        long contactId = fixture.admin().get("api/v1/conversations/" + conversationId + "/contact").object()
                .getJsonNumber("id").longValue();
        String name = "Visitor " + (1000 + Math.floorMod(contactId * 7919L, 9000L));
        for (int visit = 0; visit < 2; visit++) {
            assertTrue(agent.item(handoverId).getText().startsWith(name), () -> agent.item(handoverId).getText());
            agent.select(handoverId);
            assertEquals(name, agent.find("#contact-name").getText(), "the conversation's header");
            assertEquals(name, agent.find("#contact-display-name").getText(), "the profile");
            assertEquals(name, agent.waitForMessage("USER", "Hi").findElement(By.cssSelector(".livechat-msg-sender")).getText());
            if (visit == 0) {
                agent.screenshot("livechat-visitor-name");
            }
            agent.driver.navigate().refresh(); // the same name on the next visit
            agent.find("#lc\\:handovers");
        }

        user.script("window.LiveChat.setUser({name: 'Grace Hopper'})");
        agent.waitFor("the real name", d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("a[data-handover='" + handoverId + "'] .livechat-item-name")).getText()
                    .equals("Grace Hopper") ? true : null;
        });
        agent.select(handoverId);
        assertEquals("Grace Hopper", agent.find("#contact-name").getText());
        assertEquals("Grace Hopper", agent.find("#contact-display-name").getText());
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

    /** Lets the site embed the bot's widget; returns the widget's key. */
    private String allowWidgetOn(HostSite site) {
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        assertEquals(200, settings.status(), settings::toString);
        return settings.object().getString("widgetKey");
    }

    /** Enter in the tag field ran the page's first button: Unassign on an assigned chat, Assign on a pending one. */
    @Test
    void enterInTheTagFieldAddsTheTagAndLeavesTheHandoverAsItWas() throws IOException {
        String agentName = fixture.person("agent", "AGENT", botId);
        Api agent = fixture.as(agentName);
        Fixture.goOnline(agent);
        String token = fixture.botToken(botId);
        long assigned = fixture.handover(botId, token).getJsonNumber("id").longValue();
        long pending = fixture.handover(botId, token).getJsonNumber("id").longValue();
        assertEquals(200, agent.post("api/v1/handovers/" + assigned + "/assignment", null).status());
        LiveChatPage page = page(agentName);

        for (long handoverId : List.of(assigned, pending)) {
            String stateBefore = agent.get("api/v1/handovers/" + handoverId).object().getString("state");
            int auditBefore = agent.get("api/v1/handovers/" + handoverId + "/audit").array().size();
            page.select(handoverId);
            String tag = "vip" + handoverId;
            page.find("#lc\\:tag_input").sendKeys(tag + Keys.ENTER);
            page.waitFor(LiveChatPage.LIVE, "the tag " + tag,
                    d -> d.findElement(By.cssSelector(".livechat-tag[data-tag='" + tag + "']")));
            page.settled();
            assertEquals(stateBefore, agent.get("api/v1/handovers/" + handoverId).object().getString("state"),
                    "Enter in the tag field changed the handover");
            assertEquals(auditBefore, agent.get("api/v1/handovers/" + handoverId + "/audit").array().size(),
                    "nothing new in the audit trail");
            assertEquals(stateBefore, page.find("#lc\\:conversation").getDomAttribute("data-state"));
        }
        assertTrue(page.messages().stream().noneMatch(m -> m.getText().contains("You are being transferred")),
                "the pending user was told nothing");
    }

    @Test
    void eachKindOfSenderLooksDifferentAndSaysWhoItIs() throws IOException {
        String agentName = fixture.person("agent", "AGENT", botId);
        Api agent = fixture.as(agentName);
        Fixture.goOnline(agent);
        JsonObject handover = fixture.handover(botId, fixture.botToken(botId));
        long handoverId = handover.getJsonNumber("id").longValue();
        assertEquals(200, agent.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        assertEquals(201, agent.post("api/v1/conversations/" + handover.getJsonNumber("conversationId").longValue()
                + "/messages", Json.createObjectBuilder().add("text", "I am on it").build()).status());
        LiveChatPage page = page(agentName);
        page.select(handoverId);
        page.waitForMessage("AGENT", "I am on it");

        Map<String, WebElement> bubbles = Map.of(
                "USER", page.waitForMessage("USER", "I need help with my order"),
                "BOT", page.waitForMessage("BOT", "Let me find an agent for you."),
                "SYSTEM", page.waitForMessage("SYSTEM", "You are being transferred to Agent"),
                "AGENT", page.waitForMessage("AGENT", "I am on it"));
        Map<String, String> kinds = Map.of("USER", "User", "BOT", "Bot", "SYSTEM", "Notice", "AGENT", "Agent");
        String botName = page.find(".livechat-bot").getText();
        Map<String, String> senders = Map.of("USER", "Visitor ", "BOT", botName, "SYSTEM", "Live Chat",
                "AGENT", "Agent " + agentName);
        for (Map.Entry<String, WebElement> bubble : bubbles.entrySet()) {
            WebElement message = bubble.getValue();
            assertTrue(message.getDomAttribute("class").contains("livechat-msg-" + bubble.getKey()));
            assertEquals(kinds.get(bubble.getKey()), message.findElement(By.cssSelector(".livechat-msg-kind")).getDomProperty("textContent"),
                    bubble.getKey() + " says what kind of sender it is");
            String sender = message.findElement(By.cssSelector(".livechat-msg-sender")).getText();
            assertTrue(sender.startsWith(senders.get(bubble.getKey())), bubble.getKey() + " is from " + sender);
        }
        List<String> looks = bubbles.values().stream().map(message -> message.getCssValue("background-color")
                + " " + message.getCssValue("border-left-color") + " " + message.getCssValue("align-self")).distinct().toList();
        assertEquals(4, looks.size(), "four senders, four looks: " + looks);
        assertEquals("flex-end", bubbles.get("AGENT").getCssValue("align-self"), "the agents' side");
        assertEquals("center", bubbles.get("SYSTEM").getCssValue("align-self"));
        page.screenshot("livechat-senders");
    }

    /** Send did nothing once the agent had signed out in another tab; the header still named them. */
    @Test
    void aSendAfterSigningOutInAnotherTabSaysSoAndTheDraftComesBackAfterSigningIn() throws IOException {
        String agentName = fixture.person("agent", "AGENT", botId);
        long handoverId = assignedTo(agentName);
        LiveChatPage page = pageOn(agentName, handoverId);
        page.find("#lc\\:reply").sendKeys("Your refund is on its way");
        String console = page.driver.getWindowHandle();
        page.driver.switchTo().newWindow(WindowType.TAB).get(app + "console/index.xhtml");
        page.click("#logout\\:submit");
        page.waitFor("signed out", d -> d.getCurrentUrl().contains("login.xhtml") ? true : null);
        page.driver.close();
        page.driver.switchTo().window(console);

        // Signing out tells the bot's consoles that the agent went offline, and this page's refresh of
        // its team list may meet the ended session before Send does: a script's click, which the open
        // dialog cannot intercept, sends either way.
        ((JavascriptExecutor) page.driver).executeScript("document.getElementById('lc:send').click()");
        WebElement dialog = page.waitFor("the session-ended dialog", d -> d.findElement(By.cssSelector("dialog#session-ended[open]")));
        assertEquals("You signed out, in this tab or another one.", page.find("#session-ended-reason").getText());
        assertEquals("Your refund is on its way", page.find("#lc\\:reply").getDomProperty("value"), "the draft stays");
        assertEquals("Signed out", page.find("#caller").getText(), "the header no longer names the agent");
        page.screenshot("livechat-session-ended");

        dialog.findElement(By.id("session-ended-sign-in")).click();
        page.find("#login\\:username").sendKeys(agentName);
        assertTrue(page.find("#login\\:messages").getText().contains("You signed out"), "the login page says why");
        page.find("#login\\:password").sendKeys(Fixture.PASSWORD);
        page.click("#login\\:submit");
        page.waitFor("back on the conversation", d -> d.findElements(
                By.cssSelector("[data-handover='" + handoverId + "'].livechat-conversation-body")).isEmpty() ? null : true);
        page.waitFor("the draft back", d -> "Your refund is on its way".equals(
                d.findElement(By.id("lc:reply")).getDomProperty("value")) ? true : null);
        page.click("send");
        page.waitForMessage("AGENT", "Your refund is on its way");
    }

    @Test
    void anActionOfAnAgentWhoseAccountWasDisabledSaysTheAccountIsDisabled() throws IOException {
        String agentName = fixture.person("agent", "AGENT", botId);
        long handoverId = assignedTo(agentName);
        LiveChatPage page = pageOn(agentName, handoverId);
        // Opening the conversation marks it read by a request of its own; were it still on its way,
        // it would meet the disabled account first and its dialog would take the click below.
        page.settled();
        Database.execute("UPDATE user_account SET enabled = FALSE WHERE username = '" + agentName + "'");

        // A script's click, as in the signed-out test above: a push's refresh may meet the disabled
        // account before Unassign does, and the dialog it opens cannot intercept this click.
        ((JavascriptExecutor) page.driver).executeScript("document.getElementById('lc:unassign').click()");
        page.waitFor("the session-ended dialog", d -> d.findElement(By.cssSelector("dialog#session-ended[open]")));
        assertEquals("Your account was disabled by an administrator. Ask them to enable it again.",
                page.find("#session-ended-reason").getText());
        assertEquals("ASSIGNED", fixture.admin().get("api/v1/handovers/" + handoverId).object().getString("state"),
                "the Unassign of an ended session did nothing");
    }

    @Test
    void backAfterSigningOutShowsTheLoginPageNotTheConsole() throws IOException {
        String agentName = fixture.person("agent", "AGENT", botId);
        LiveChatPage page = page(agentName);
        page.click("#logout\\:submit");
        page.waitFor("signed out", d -> d.getCurrentUrl().contains("login.xhtml") ? true : null);

        page.driver.navigate().back();
        page.waitFor("the login page again", d -> d.getCurrentUrl().contains("login.xhtml")
                && !d.findElements(By.id("login:username")).isEmpty() ? true : null);
        assertTrue(page.driver.findElements(By.id("caller")).isEmpty(), "no console that names the agent");
    }

    /** A new handover of the bot, assigned to the person (made online). */
    private long assignedTo(String username) {
        Api person = fixture.as(username);
        Fixture.goOnline(person);
        long handoverId = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        assertEquals(200, person.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        return handoverId;
    }

    /** The person's Live Chat with the handover selected. */
    private LiveChatPage pageOn(String username, long handoverId) throws IOException {
        LiveChatPage page = page(username);
        page.select(handoverId);
        return page;
    }

    @Test
    void anAgentWhoSignsOutShowsOfflineToTheOthersLive() throws IOException {
        String alice = fixture.person("alice", "AGENT", botId);
        LiveChatPage alicePage = page(alice);
        LiveChatPage bob = onlineBesideColleague(alicePage, alice);

        alicePage.click("#logout\\:submit");
        alicePage.find("#login\\:username");

        waitForPresence(bob, alice, "OFFLINE", LiveChatPage.LIVE);
        assertEquals("OFFLINE", fixture.as(alice).get("api/v1/agents/me").object().getString("presence"));
        bob.screenshot("livechat-team-offline");
    }

    /** Disabling set the account offline without a word to anyone: colleagues saw them online until a reload. */
    @Test
    void anAgentWhoseAccountIsDisabledLeavesTheColleaguesTeamListLive() throws IOException {
        String alice = fixture.person("alice", "AGENT", botId);
        LiveChatPage alicePage = page(alice);
        LiveChatPage bob = onlineBesideColleague(alicePage, alice);

        try (Chromium admin = new Chromium("admin")) {
            admin.signIn(app, "admin", Fixture.DEMO_PASSWORD);
            admin.driver.get(app + "console/admin/users.xhtml");
            AdminPage users = new AdminPage(admin);
            String row = users.row("users:table", ".admin-username", alice);
            users.confirmation(() -> users.click(row + "disable"));
            users.yes(alice + " is disabled");
        }

        // The team lists the people who may take a chat: a disabled one leaves it, live.
        bob.waitFor(LiveChatPage.LIVE, alice + " gone from the team", d -> d.findElements(By.cssSelector(
                "#lc\\:team [data-username='" + alice + "']")).isEmpty() ? true : null);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM user_account WHERE username = ? AND offline_since IS NOT NULL",
                alice), "offline since now, so a bot that returns offline agents' chats returns theirs");
    }

    @Test
    void anAgentWhoClosedEveryConsoleGoesOfflineAfterTheIdleTime() throws IOException {
        String alice = fixture.person("alice", "AGENT", botId);
        LiveChatPage alicePage = page(alice);
        LiveChatPage bob = onlineBesideColleague(alicePage, alice);

        alicePage.close(); // the window goes, and its push socket with it: no sign-out

        // livechat.agent.offline.after is PT4S in the tests (arquillian.xml), checked every 2 s.
        waitForPresence(bob, alice, "OFFLINE", Duration.ofSeconds(20));
        assertEquals("OFFLINE", fixture.as(alice).get("api/v1/agents/me").object().getString("presence"));
    }

    @Test
    void aBotThatReturnsChatsOfOfflineAgentsPutsThemBackInTheQueueAudited() throws IOException {
        LiveChatPage admin = page("admin", Fixture.DEMO_PASSWORD);
        admin.driver.get(app + "console/admin/bot.xhtml?id=" + botId);
        admin.click("label[for='offline:policy:1']");
        WebElement minutes = admin.find("#offline\\:minutes_input");
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        admin.click("#offline\\:save");
        admin.waitForNotice("Saved what becomes of the chats of offline agents");
        long keepingBot = fixture.bot("Keeps chats");

        Api agent = fixture.onlineAgent("agent", botId);
        long returned = assignedTo(agent, botId);
        ApiResponse member = fixture.admin().put("api/v1/bots/" + keepingBot + "/members/"
                + agent.get("api/v1/agents/me").object().getString("username"), null);
        assertEquals(204, member.status(), member::toString);
        long kept = assignedTo(agent, keepingBot);
        LiveChatPage colleague = page(fixture.person("colleague", "AGENT", botId));
        colleague.waitUntilGone(returned);

        assertEquals(200, agent.put("api/v1/agents/me/presence", Json.createObjectBuilder().add("presence", "OFFLINE")
                .build()).status());

        // One minute of the bot's is PT2S in the tests (livechat.agent.offline.minute), checked every 2 s.
        colleague.waitFor(Duration.ofSeconds(20), "the chat back in the queue", d -> d.findElements(
                By.cssSelector("a[data-handover='" + returned + "'][data-state='PENDING']")).isEmpty() ? null : true);
        JsonObject last = lastAudit(returned);
        assertEquals("UNASSIGNED", last.getString("action"), last::toString);
        assertEquals("system", last.getString("actor"), last::toString);
        assertTrue(last.getString("detail").contains("was offline for 1 minute"), last::toString);
        assertEquals("ASSIGNED", fixture.admin().get("api/v1/handovers/" + kept).object().getString("state"),
                "a bot that keeps them leaves the chat with the agent");
        assertEquals("ASSIGNED", lastAudit(kept).getString("action"));
    }

    private long assignedTo(Api agent, long bot) {
        long handoverId = fixture.handover(bot, fixture.botToken(bot)).getJsonNumber("id").longValue();
        ApiResponse assigned = agent.post("api/v1/handovers/" + handoverId + "/assignment", null);
        assertEquals(200, assigned.status(), assigned::toString);
        return handoverId;
    }

    private JsonObject lastAudit(long handoverId) {
        ApiResponse audit = fixture.admin().get("api/v1/handovers/" + handoverId + "/audit");
        assertEquals(200, audit.status(), audit::toString);
        return audit.array().getJsonObject(audit.array().size() - 1);
    }

    /** The agent goes online; a colleague's page, which it returns, sees that. */
    private LiveChatPage onlineBesideColleague(LiveChatPage agent, String username) throws IOException {
        agent.goOnline();
        LiveChatPage colleague = page(fixture.person("bob", "AGENT", botId));
        waitForPresence(colleague, username, "ONLINE", LiveChatPage.LIVE);
        return colleague;
    }

    /** Waits until the page's list of the bot's agents shows the person with that presence. */
    private static void waitForPresence(LiveChatPage page, String username, String presence, Duration within) {
        page.waitFor(within, username + " " + presence, d -> d.findElements(By.cssSelector(
                "#lc\\:team [data-username='" + username + "'][data-presence='" + presence + "']")).isEmpty() ? null : true);
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
