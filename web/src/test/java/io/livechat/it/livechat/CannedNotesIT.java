package io.livechat.it.livechat;

import static io.livechat.it.support.HandoverPaths.assignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Database;
import io.livechat.it.whatsapp.Eventually;
import io.livechat.it.whatsapp.GraphApi;
import io.livechat.it.whatsapp.WhatsappBot;
import io.livechat.it.widget.VisitorSocket;
import io.livechat.it.widget.WidgetClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Canned responses (managers write them, agents insert them with "/" and the user's name filled in)
 * and private notes in the transcript (live on every console of the bot, never to the user: not on
 * the widget's socket, not in its history after a reconnect, not to WhatsApp, not to a bot engine).
 */
class CannedNotesIT extends ClientIT {

    private static final String ORIGIN = "http://shop.example";
    private static final String GREETING = "Hello {name}, this is {agent}. How can I help?";

    /** Browsers and sockets of a test, closed after it, newest first. */
    private final java.util.Deque<AutoCloseable> opened = new java.util.ArrayDeque<>();
    private String app;
    private long botId;

    @BeforeEach
    void setUp() {
        app = Api.site(base);
        botId = fixture.bot("Canned and notes");
    }

    @AfterEach
    void tearDown() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    @Test
    void aManagersCannedResponseIsInsertedWithTheUsersNameAndGoesOnlyWhenTheAgentSends() throws Exception {
        String agentName = fixture.person("agent", "AGENT", botId);
        LiveChatPage agent = page(agentName);
        agent.goOnline();
        Chat chat = widgetChat();

        Chromium manager = remember(new Chromium("canned-manager"));
        manager.signIn(app, fixture.person("manager", "MANAGER", botId), Fixture.PASSWORD);
        manager.driver.get(app + "console/canned.xhtml?bot=" + botId);
        manager.find("#editor\\:shortcut").sendKeys("greet");
        manager.find("#editor\\:text").sendKeys(GREETING);
        manager.click("#editor\\:save");
        manager.waitFor("/greet in the list", d -> d.findElements(By.cssSelector(".canned-shortcut[data-shortcut='greet']"))
                .isEmpty() ? null : true);
        manager.screenshot("canned-page-manager");

        // The agent's page was open before the manager wrote it: the list came by push.
        agent.waitFor(LiveChatPage.LIVE, "the canned response on the agent's page",
                d -> d.findElements(By.cssSelector("#lc\\:canned [data-shortcut='greet']")).isEmpty() ? null : true);
        long handoverId = agent.firstPending();
        agent.select(handoverId);
        agent.click("assign");
        agent.waitFor("the composer", d -> d.findElement(By.id("lc:reply")));
        agent.settled();
        WebElement reply = agent.find("#lc\\:reply");
        String contact = agent.find("#contact-name").getText();
        assertTrue(contact.matches("Visitor \\d{4}"), contact);

        reply.sendKeys("/gr");
        WebElement option = agent.waitFor("the canned menu", d -> d.findElement(
                By.cssSelector("#livechat-canned-menu li[data-shortcut='greet']")));
        assertEquals("true", option.getAttribute("aria-selected"));
        agent.screenshot("canned-menu");
        agent.find("#lc\\:reply").sendKeys(Keys.ENTER);
        String filled = "Hello " + contact + ", this is Agent " + agentName + ". How can I help?";
        assertEquals(filled, agent.find("#lc\\:reply").getAttribute("value"), "inserted with the names filled in");
        assertTrue(agent.driver.findElements(By.id("livechat-canned-menu")).isEmpty(), "the menu closed");
        agent.settled();
        assertFalse(texts(chat.conversation).contains(filled), "Enter in the menu inserts; it does not send");

        agent.click("send");
        chat.visitor.awaitMessage(m -> "AGENT".equals(m.getString("sender")) && filled.equals(m.getString("text")),
                "the canned reply");
        agent.waitForMessage("AGENT", filled);

        // A click inserts too, after a space, and "/" that matches nothing opens no menu.
        agent.find("#lc\\:reply").sendKeys("Again: /zz");
        agent.settled();
        assertTrue(agent.driver.findElements(By.id("livechat-canned-menu")).isEmpty(), "nothing starts with zz");
        agent.find("#lc\\:reply").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "g");
        agent.waitFor("the canned menu", d -> d.findElement(By.cssSelector("#livechat-canned-menu li[data-shortcut='greet']")))
                .click();
        assertEquals("Again: " + filled, agent.find("#lc\\:reply").getAttribute("value"));
    }

    @Test
    void onlyManagersAndAdminsWriteCannedResponsesAndBadOnesAreProblems() throws IOException {
        String agentName = fixture.person("agent", "AGENT", botId);
        Api agent = fixture.as(agentName);
        Api manager = fixture.as(fixture.person("manager", "MANAGER", botId));
        String list = "api/v1/bots/" + botId + "/canned-responses";

        ApiResponse refused = agent.post(list, canned("greet", "Hello"));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertProblem(422, "invalid-input", manager.post(list, canned("gr eet", "Hello")));
        assertProblem(422, "invalid-input", manager.post(list, canned("/greet", "Hello")));
        assertProblem(422, "invalid-input", manager.post(list, canned("g".repeat(33), "Hello")));
        assertProblem(422, "invalid-input", manager.post(list, canned("greet", "   ")));
        assertProblem(422, "text-too-long", manager.post(list, canned("greet", "x".repeat(4097))));

        ApiResponse created = manager.post(list, canned("greet", GREETING));
        assertEquals(201, created.status(), created::toString);
        long greet = created.object().getJsonNumber("id").longValue();
        assertProblem(409, "canned-shortcut-taken", manager.post(list, canned("GREET", "Hi")));
        ApiResponse bye = fixture.admin().post(list, canned("bye", "Goodbye {name}"));
        assertEquals(201, bye.status(), "admins write them too: " + bye);
        long byeId = bye.object().getJsonNumber("id").longValue();
        assertProblem(409, "canned-shortcut-taken", manager.put(list + "/" + byeId, canned("greet", "Hi")));
        assertEquals(403, agent.put(list + "/" + greet, canned("greet", "Changed")).status());
        assertEquals(403, agent.delete(list + "/" + greet).status());

        ApiResponse read = agent.get(list);
        assertEquals(200, read.status(), read::toString);
        assertEquals(List.of("bye", "greet"), read.array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("shortcut")).toList());
        assertEquals(GREETING, read.array().getJsonObject(1).getString("text"), "kept with its placeholders");
        assertEquals(403, fixture.as(fixture.person("stranger", "AGENT", fixture.bot("Other"))).get(list).status());
        assertEquals(403, fixture.anonymous().as(fixture.botToken(botId)).get(list).status(), "not for engines");

        // The agent reads them on the bot's page, without a way to write.
        Chromium browser = remember(new Chromium("canned-agent"));
        browser.signIn(app, agentName, Fixture.PASSWORD);
        browser.driver.get(app + "console/canned.xhtml?bot=" + botId);
        browser.find(".canned-shortcut[data-shortcut='greet']");
        assertTrue(browser.driver.findElements(By.id("editor")).isEmpty(), "no form");
        assertTrue(browser.driver.findElements(By.cssSelector(".canned-edit, .canned-delete")).isEmpty(), "no buttons");
        assertTrue(browser.find("#readonly").getText().startsWith("Only the bot's managers and admins"));

        ApiResponse changed = manager.put(list + "/" + greet, canned("hello", "Hi {name}"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("hello", changed.object().getString("shortcut"));
        assertEquals(204, manager.delete(list + "/" + byeId).status());
        assertEquals(404, manager.delete(list + "/" + byeId).status());
        assertEquals(List.of("hello"), agent.get(list).array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("shortcut")).toList());
        browser.driver.navigate().refresh();
        browser.find(".canned-shortcut[data-shortcut='hello']");
    }

    @Test
    void aPrivateNoteShowsLiveOnEveryConsoleAndNeverReachesTheWidgetUser() throws Exception {
        String agentName = fixture.person("agent", "AGENT", botId);
        String colleagueName = fixture.person("colleague", "AGENT", botId);
        LiveChatPage agent = page(agentName);
        agent.goOnline();
        LiveChatPage colleague = page(colleagueName);
        Chat chat = widgetChat();
        long handoverId = agent.firstPending();
        agent.select(handoverId);
        // The colleague opens it while it is pending: once assigned, it leaves an agent's lists but
        // stays open on their page.
        colleague.select(handoverId);
        agent.click("assign");
        agent.waitFor("the composer", d -> d.findElement(By.id("lc:reply")));
        agent.settled();
        colleague.settled();

        assertFalse(agent.find("#lc\\:privateNoteComposer").isDisplayed(), "the assignee starts on Reply");
        agent.click("#livechat-mode-note");
        agent.waitFor("the note composer", d -> d.findElement(By.id("lc:privateNote")).isDisplayed() ? true : null);
        assertFalse(agent.find("#lc\\:composer").isDisplayed(), "the reply composer steps aside");
        agent.find("#lc\\:privateNote").sendKeys("Refund approved, tell them tomorrow", Keys.ENTER);
        WebElement mine = agent.waitForMessage("NOTE", "Refund approved, tell them tomorrow");
        WebElement theirs = colleague.waitForMessage("NOTE", "Refund approved, tell them tomorrow");
        assertTrue(theirs.getText().toUpperCase().contains("PRIVATE NOTE"), theirs.getText());
        assertTrue(theirs.findElement(By.cssSelector(".livechat-msg-sender")).getText().endsWith(agentName));
        assertEquals("rgba(255, 248, 219, 1)", mine.getCssValue("background-color"), "yellow, unlike any message");

        // A colleague who does not hold the chat writes notes too (and no reply).
        assertTrue(colleague.driver.findElements(By.id("lc:reply")).isEmpty());
        colleague.find("#lc\\:privateNote").sendKeys("Careful: second refund this month", Keys.ENTER);
        agent.waitForMessage("NOTE", "Careful: second refund this month");
        colleague.screenshot("private-note");

        assertFalse(agent.find("#lc\\:composer").isDisplayed(), "still writing notes after the transcript came again");
        agent.click("#livechat-mode-reply");
        agent.find("#lc\\:reply").sendKeys("We will refund you tomorrow", Keys.ENTER);
        chat.visitor.awaitMessage(m -> "We will refund you tomorrow".equals(m.getString("text")), "the reply");
        assertNoNote(chat.visitor.messages(), "the visitor's socket");

        // Reconnected from its very first message: the widget's history has the reply and no note.
        try (VisitorSocket again = VisitorSocket.open(chat.client, ORIGIN, chat.token)) {
            again.awaitMessage(m -> "We will refund you tomorrow".equals(m.getString("text")), "the reply again");
            assertTrue(again.messages().stream().anyMatch(m -> "USER".equals(m.getString("sender"))), "the history came");
            assertNoNote(again.messages(), "the widget's history");
        }

        // In order with the messages for the bot's people; an engine reads none; a stranger writes none.
        List<JsonObject> transcript = fixture.as(colleagueName).get("api/v1/conversations/" + chat.conversation
                + "/messages").array().getValuesAs(JsonObject.class);
        List<String> senders = transcript.stream().map(m -> m.getString("sender")).toList();
        assertEquals(List.of("NOTE", "NOTE", "AGENT"), senders.subList(senders.size() - 3, senders.size()), senders::toString);
        assertEquals(agentName, transcript.get(senders.size() - 3).getString("author"));
        List<JsonObject> engine = fixture.anonymous().as(fixture.botToken(botId))
                .get("api/v1/conversations/" + chat.conversation + "/messages").array().getValuesAs(JsonObject.class);
        assertNoNote(engine, "the engine's transcript");
        assertTrue(engine.stream().anyMatch(m -> "We will refund you tomorrow".equals(m.getString("text"))));
        String notes = "api/v1/conversations/" + chat.conversation + "/private-notes";
        assertEquals(404, fixture.as(fixture.person("stranger", "AGENT", fixture.bot("Other"))).post(notes, text("Mine")).status(),
                "another bot's conversation is answered as one that does not exist");
        ApiResponse engineNote = fixture.anonymous().as(fixture.botToken(botId)).post(notes, text("From the engine"));
        assertEquals(403, engineNote.status(), engineNote::toString);
        assertProblem(422, "invalid-input", fixture.as(agentName).post(notes, text("  ")));
        assertProblem(422, "text-too-long", fixture.as(agentName).post(notes, text("x".repeat(4097))));
    }

    @Test
    void aPrivateNoteInAWhatsappConversationIsNeverSentToTheGraphApi() {
        GraphApi.acceptAnySend();
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA notes");
        String agentName = fixture.person("agent", "AGENT", bot.id);
        Api agent = fixture.as(agentName);
        Fixture.goOnline(agent);
        JsonObject handover = bot.handover("4917600000077");
        long conversation = WhatsappBot.conversationOf(handover);
        assertEquals(200, agent.post(assignment(handover), null).status());

        ApiResponse note = agent.post("api/v1/conversations/" + conversation + "/private-notes", text("Only for us"));
        assertEquals(201, note.status(), note::toString);
        assertEquals("NOTE", note.object().getString("sender"));
        long noteId = note.object().getJsonNumber("id").longValue();
        ApiResponse reply = agent.post("api/v1/conversations/" + conversation + "/messages", text("For the user"));
        assertEquals(201, reply.status(), reply::toString);
        bot.awaitMessage(conversation, reply.object().getJsonNumber("id").longValue(),
                m -> "SENT".equals(m.getString("deliveryStatus")), "the reply sent");

        List<String> sent = GraphApi.sends(bot.number).stream().map(s -> s.getJsonObject("text").getString("body")).toList();
        assertTrue(sent.contains("For the user"), sent::toString);
        assertFalse(sent.contains("Only for us"), sent::toString);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM whatsapp_outbox WHERE message_id = ?", noteId));
    }

    /** A visitor on the widget who asked for an agent: their socket, session and conversation. */
    private Chat widgetChat() throws Exception {
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(ORIGIN)).build());
        assertEquals(200, settings.status(), settings::toString);
        WidgetClient client = new WidgetClient(app, settings.object().getString("widgetKey"));
        String token = client.post("sessions", ORIGIN, "{}", null).json().getString("token");
        VisitorSocket visitor = remember(VisitorSocket.open(client, ORIGIN, token));
        visitor.say("Hello", null);
        visitor.say("agent", null);
        JsonObject pending = Eventually.until(() -> fixture.admin().get("api/v1/bots/" + botId + "/handovers?state=PENDING")
                .array().getValuesAs(JsonObject.class), found -> !found.isEmpty(), Duration.ofSeconds(20), "the handover").get(0);
        return new Chat(client, token, visitor, pending.getJsonNumber("conversationId").longValue());
    }

    private record Chat(WidgetClient client, String token, VisitorSocket visitor, long conversation) {
    }

    private List<String> texts(long conversation) {
        return fixture.admin().get("api/v1/conversations/" + conversation + "/messages").array()
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("text")).toList();
    }

    private static void assertNoNote(List<JsonObject> messages, String where) {
        assertTrue(messages.stream().noneMatch(m -> "NOTE".equals(m.getString("sender"))
                || m.getString("text", "").contains("refund this month")
                || m.getString("text", "").contains("tell them tomorrow")), () -> where + " has a note: " + messages);
    }

    private static void assertProblem(int status, String type, ApiResponse answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(type, answer.problemType(), answer::toString);
    }

    private static JsonObject canned(String shortcut, String text) {
        return Json.createObjectBuilder().add("shortcut", shortcut).add("text", text).build();
    }

    private static JsonObject text(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    private LiveChatPage page(String username) throws IOException {
        return remember(LiveChatPage.open(app, username, Fixture.PASSWORD, botId));
    }

    private <T extends AutoCloseable> T remember(T each) {
        opened.push(each);
        return each;
    }
}
