package io.livechat.it.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.FromAddress;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The widget as a visitor uses it, in headless Chromium on a customer's page served from another
 * origin: talk, get handed over, see the agent, lose the connection, reload, and see "Resolved".
 */
class WidgetIT extends ClientIT {

    private HostSite site;
    private Browser browser;
    private long botId;
    private String widgetKey;

    @BeforeEach
    void embed() throws IOException {
        site = new HostSite(Api.loopback(base).toString());
        botId = fixture.bot("Widget");
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        assertEquals(200, settings.status(), settings::toString);
        widgetKey = settings.object().getString("widgetKey");
        assertEquals(List.of(site.origin("127.0.0.1")),
                settings.object().getJsonArray("allowedOrigins").getValuesAs(jakarta.json.JsonString::getString));
    }

    @AfterEach
    void leave() {
        if (browser != null) {
            browser.close();
        }
        site.close();
    }

    @Test
    void aVisitorTalksToTheBotAsksForAnAgentKeepsTheConversationAcrossReloadAndSeesResolved() throws IOException {
        Api agent = fixture.onlineAgent("agent", botId);
        browser = new Browser("walk");
        browser.open(site.page("127.0.0.1", widgetKey));
        browser.part("button.launcher").click();
        browser.write("Hello, I need help");
        browser.waitForMessage("USER", "Hello, I need help");
        browser.waitForMessage("BOT", "Hello! I am the virtual assistant.");
        WebElement menu = browser.waitForMessage("BOT", "How can I help?");
        browser.screenshot("widget-1-bot");

        // The bot's choices are buttons; the built-in one hands the visitor over to the bot's agents.
        WebElement talkToAgent = menu.findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow();
        talkToAgent.click();
        browser.waitForMessage("USER", "Talk to an agent");
        JsonObject pending = browser.waitFor("the handover in the bot's list", d -> {
            var list = agent.get("api/v1/bots/" + botId + "/handovers").array();
            return list.isEmpty() ? null : list.getJsonObject(0);
        });
        assertEquals("menu", pending.getString("step"), "handed over from the step the visitor was at");
        long handoverId = pending.getJsonNumber("id").longValue();
        long conversationId = pending.getJsonNumber("conversationId").longValue();

        assertEquals(200, agent.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        browser.waitForMessage("SYSTEM", "You are being transferred to Agent");

        assertEquals(204, agent.post("api/v1/conversations/" + conversationId + "/typing", null).status());
        browser.waitFor("agent typing", d -> browser.part(".typing").getText().endsWith("is typing\u2026") ? true : null);

        reply(agent, conversationId, "Hi, I am Agent here. How can I help?");
        WebElement reply = browser.waitForMessage("AGENT", "Hi, I am Agent here. How can I help?");
        assertTrue(reply.findElement(By.cssSelector(".meta")).getText().startsWith("Agent agent-"),
                "the agent's display name and the time show: " + reply.getText());
        assertTrue(reply.findElement(By.cssSelector(".meta")).getText().matches(".*\\d{1,2}:\\d{2}.*"));

        browser.write("My order 42 did not arrive");
        browser.waitForMessage("USER", "My order 42 did not arrive");
        assertTrue(agent.get("api/v1/conversations/" + conversationId + "/messages").body()
                .contains("My order 42 did not arrive"), "the agent reads what the visitor wrote");
        browser.screenshot("widget-2-with-agent");

        // The connection drops; what the agent writes meanwhile arrives once it is back, once.
        browser.offline(true);
        browser.waitFor("the widget noticing the dropped connection",
                d -> browser.part(".status").getText().contains("Reconnecting") ? true : null);
        reply(agent, conversationId, "It left our warehouse yesterday.");
        browser.offline(false);
        browser.waitForMessage("AGENT", "It left our warehouse yesterday.");
        assertEquals(1, browser.count("It left our warehouse yesterday."));

        browser.driver.navigate().refresh();
        browser.open(site.page("127.0.0.1", widgetKey));
        browser.script("window.LiveChat.open()");
        browser.waitForMessage("AGENT", "It left our warehouse yesterday.");
        for (String text : List.of("Hello, I need help", "How can I help?", "Talk to an agent",
                "You are being transferred to Agent",
                "Hi, I am Agent here. How can I help?", "My order 42 did not arrive", "It left our warehouse yesterday.")) {
            assertEquals(1, browser.count(text), () -> "once after the reload: " + text);
        }
        browser.screenshot("widget-3-after-reload");

        // The host page tells who its user is; it lands on the contact the agent sees.
        browser.script("window.LiveChat.setUser({name: 'Ada Lovelace', email: 'ada@example.com',"
                + " attributes: {plan: 'pro'}})");
        browser.waitFor("the contact to know the page's user", d -> Database.count("SELECT COUNT(*) FROM conversation v"
                + " JOIN contact c ON c.id = v.contact_id JOIN contact_attribute a ON a.contact_id = c.id"
                + " WHERE v.id = ? AND c.name = 'Ada Lovelace' AND c.email = 'ada@example.com'"
                + " AND a.name = 'plan' AND a.value = 'pro'", conversationId) == 1 ? true : null);

        assertEquals(200, agent.post("api/v1/handovers/" + handoverId + "/resolution", null).status());
        browser.waitForMessage("SYSTEM", "Resolved");
        browser.waitForMessage("BOT", "Is there anything else I can help with?");
        browser.screenshot("widget-4-resolved");

        List<?> events = (List<?>) browser.script("return window.events");
        assertEquals("ready", events.get(0), "the host page heard ready first: " + events);
        assertTrue(events.contains("message:" + browser.messages().get(browser.messages().size() - 1).getAttribute("data-id")),
                "the host page heard the messages: " + events);
        browser.script("window.LiveChat.close()");
        assertFalse(browser.part("section.window").isDisplayed());
    }

    /**
     * The bot answers within the request that stores the visitor's message, so the push of its answer
     * always leaves before the echo of the message it answers: the widget puts each message in place
     * by its id, the order the server stored them in, and shows none twice.
     */
    @Test
    void theVisitorsOwnMessageComesBeforeTheBotsAnswerEvenWhenTheAnswerArrivesFirst() throws IOException {
        browser = new Browser("order");
        browser.open(site.page("127.0.0.1", widgetKey));
        browser.script("window.LiveChat.open()");
        browser.write("Hello, is anybody there?");
        browser.waitForMessage("BOT", "How can I help?");
        browser.waitForMessage("USER", "Hello, is anybody there?");

        List<String> shown = browser.messages().stream()
                .map(m -> m.getAttribute("data-sender") + ":" + m.findElement(By.cssSelector(".text")).getText()).toList();
        assertEquals(List.of("USER:Hello, is anybody there?", "BOT:Hello! I am the virtual assistant.", "BOT:How can I help?"),
                shown, "the visitor's message first, then the answers to it");
        List<Long> ids = browser.messages().stream().map(m -> Long.parseLong(m.getAttribute("data-id"))).toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "in the server's order, each once");
        assertEquals(1, browser.count("Hello, is anybody there?"));
        browser.screenshot("widget-8-in-order");
    }

    @Test
    void aWaitingVisitorReadsTheirPlaceInTheQueueTheirAgentsNameAndThatTheyAreBackInTheQueue() throws IOException {
        Api agent = fixture.onlineAgent("agent", botId);
        String agentName = agent.get("api/v1/agents/me").object().getString("displayName");
        long ahead = fixture.handover(botId, fixture.botToken(botId)).getJsonNumber("id").longValue();
        browser = new Browser("queue");
        browser.open(site.page("127.0.0.1", widgetKey));
        browser.script("window.LiveChat.open()");
        browser.write("Hi");
        WebElement menu = browser.waitForMessage("BOT", "How can I help?");
        menu.findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();

        browser.waitForMessage("SYSTEM", "You are in the queue: position 2");
        assertEquals("You are in the queue: position 2", queueLine(), "one is ahead of them");
        browser.screenshot("widget-9-queued");

        // The one ahead is taken: the widget asks again for its place (every 15 s) and moves up.
        assertEquals(200, agent.post("api/v1/handovers/" + ahead + "/assignment", null).status());
        browser.waitFor(java.time.Duration.ofSeconds(40), "position 1",
                d -> "You are in the queue: position 1".equals(queueLine()) ? true : null);

        JsonObject mine = browser.waitFor("the visitor's handover", d -> agent.get("api/v1/bots/" + botId
                + "/handovers?state=PENDING").array().stream().map(JsonObject.class::cast).findFirst().orElse(null));
        long handoverId = mine.getJsonNumber("id").longValue();
        assertEquals(200, agent.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        browser.waitForMessage("SYSTEM", "You are being transferred to Agent");
        browser.waitFor("the agent's name in the header", d -> agentName.equals(browser.part("header .who strong").getText())
                ? true : null);
        assertEquals("AA", browser.part("header .avatar").getText(), "initials of " + agentName);
        assertEquals("", queueLine(), "no longer waiting");
        browser.screenshot("widget-10-agent-named");

        browser.driver.navigate().refresh();
        browser.open(site.page("127.0.0.1", widgetKey));
        browser.script("window.LiveChat.open()");
        browser.waitFor("the agent's name after a reload", d -> agentName.equals(browser.part("header .who strong").getText())
                ? true : null);

        assertEquals(200, agent.delete("api/v1/handovers/" + handoverId + "/assignment").status());
        browser.waitForMessage("SYSTEM", "You are back in the queue: position 1");
        browser.waitFor("the header without the agent", d -> "Chat with us".equals(browser.part("header .who strong").getText())
                ? true : null);
        assertFalse(browser.part("header .avatar").isDisplayed());
        assertEquals("You are in the queue: position 1", queueLine());
        assertEquals(1, browser.count("You are being transferred to Agent"), "not told twice that they are transferred");
        browser.screenshot("widget-11-back-in-queue");
    }

    private String queueLine() {
        return (String) browser.script("return arguments[0].textContent", browser.part(".queue"));
    }

    @Test
    void textIsRenderedAsTextNeverAsHtmlAndStylesDoNotLeak() throws IOException {
        Api agent = fixture.onlineAgent("agent", botId);
        browser = new Browser("xss");
        browser.open(site.page("127.0.0.1", widgetKey));
        browser.script("window.LiveChat.open()");
        String script = "<script>window.pwned = 'script'</script>";
        String image = "<img src=x onerror=\"window.pwned = 'img'\">";
        browser.write(script);
        browser.waitForMessage("USER", script);
        browser.write(image);
        browser.waitForMessage("USER", image);

        String visitorId = (String) browser.script("return JSON.parse(localStorage.getItem('livechat:' + arguments[0])).visitorId", widgetKey);
        ApiResponse handover = fixture.anonymous().as(fixture.botToken(botId)).post("api/v1/handovers", Json.createObjectBuilder()
                .add("botId", botId).add("contact", Json.createObjectBuilder().add("channel", "WEB").add("externalId", visitorId))
                .build());
        assertEquals(201, handover.status(), handover::toString);
        assertEquals(200, agent.post("api/v1/handovers/" + handover.object().getJsonNumber("id") + "/assignment", null).status());
        String agentHtml = "<b>bold</b><img src=y onerror=\"window.pwned = 'agent'\">";
        reply(agent, handover.object().getJsonNumber("conversationId").longValue(), agentHtml);
        browser.waitForMessage("AGENT", agentHtml);
        browser.screenshot("widget-5-text-not-html");

        assertNull(browser.script("return window.pwned === undefined ? null : window.pwned"));
        assertTrue(browser.widget().findElements(By.cssSelector(".messages img, .messages script, .messages b")).isEmpty());
        // The page's hostile styles do not reach in; ours do not reach out.
        assertTrue(browser.part("button.launcher").isDisplayed());
        assertFalse(browser.waitForMessage("AGENT", agentHtml).getCssValue("color").contains("255, 0, 0"));
        assertEquals("block", browser.driver.findElement(By.id("host-text")).getCssValue("display"));
    }

    @Test
    void theWidgetWorksOnASiteWithAStrictContentSecurityPolicy() throws IOException {
        browser = new Browser("strict");
        browser.open(site.strictPage(widgetKey));
        WebElement launcher = browser.part("button.launcher");
        assertEquals("fixed", launcher.getCssValue("position"), "the widget's own styles apply");
        launcher.click();
        browser.write("Hello from a strict site");
        browser.waitForMessage("USER", "Hello from a strict site");
        browser.waitForMessage("BOT", "How can I help?");
        assertEquals(List.of(), browser.script("return window.violations"), "nothing the policy refused");
        browser.screenshot("widget-7-strict-csp");
    }

    @Test
    void aPageOfAnOriginTheBotDoesNotAllowIsRefused() throws Exception {
        browser = new Browser("refused");
        browser.open(site.page("localhost", widgetKey));
        browser.part("button.launcher").click();
        browser.waitFor("the refusal", d -> browser.part(".status").getText().contains("not available") ? true : null);
        assertNull(browser.script("return localStorage.getItem('livechat:' + arguments[0])", widgetKey));
        browser.screenshot("widget-6-refused-origin");

        WidgetClient client = new WidgetClient(Api.loopback(base).toString(), widgetKey);
        WidgetClient.Reply refused = client.post("sessions", "http://evil.example", "{}", null);
        assertEquals(403, refused.status(), refused::toString);
        assertNull(refused.allowOrigin());
        WidgetClient.Reply allowed = client.post("sessions", site.origin("127.0.0.1"), "{}", null);
        assertEquals(200, allowed.status(), allowed::toString);
        assertEquals(site.origin("127.0.0.1"), allowed.allowOrigin());
        String token = allowed.json().getString("token");
        assertEquals(403, client.handshake("http://evil.example"), "a socket from another origin is refused");
        assertEquals(101, client.handshake(site.origin("127.0.0.1")));
        assertEquals(204, client.post("profile", site.origin("127.0.0.1"),
                "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"attributes\":{\"plan\":\"gold\"}}", token).status());
    }

    @Test
    void aProfileTooLargeIsRefusedWithAProblemAndAttributesCompareExactly() throws Exception {
        WidgetClient client = new WidgetClient(Api.loopback(base).toString(), widgetKey);
        String origin = site.origin("127.0.0.1");
        String token = client.post("sessions", origin, "{}", null).json().getString("token");

        assertProblem(422, client.post("profile", origin, "{\"name\":\"" + "n".repeat(201) + "\"}", token));
        assertProblem(422, client.post("profile", origin, "{\"email\":\"" + "e".repeat(250) + "@x.io\"}", token));
        StringBuilder many = new StringBuilder("{\"attributes\":{");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":\"v\"");
        }
        assertProblem(422, client.post("profile", origin, many.append("}}").toString(), token));
        assertProblem(422, client.post("profile", origin, "{\"attributes\":{\"plan\":\"" + "v".repeat(1001) + "\"}}", token));

        assertEquals(204, client.post("profile", origin, "{\"attributes\":{\"Color\":\"red\",\"color\":\"blue\"}}", token).status(),
                "two attributes whose names differ in case");
    }

    /**
     * Behind the load balancer the tests name as trusted (127.0.0.4), each visitor's own address
     * counts, so one busy visitor does not stop the others; a client that is no trusted proxy gains
     * nothing by writing the header itself.
     */
    @Test
    void behindATrustedLoadBalancerEachVisitorHasTheirOwnLimit() {
        URI sessions = URI.create(Api.site(base) + "widget/api/sessions?key=" + widgetKey);
        String origin = site.origin("127.0.0.1");
        int busy = chatsUntilRefused("127.0.0.4", i -> "198.51.100.7");
        assertTrue(busy >= 30, "30 chats before the refusal, got " + busy);
        FromAddress.Answer neighbour = FromAddress.post("127.0.0.4", sessions,
                Map.of("Origin", origin, "X-Forwarded-For", "198.51.100.8"), "{}");
        assertEquals(200, neighbour.status(), () -> "another visitor behind the same balancer: " + neighbour);

        int spoofing = chatsUntilRefused("127.0.0.5", i -> "203.0.113." + i);
        assertTrue(spoofing < 60, "a new X-Forwarded-For each time from an untrusted address is still one address");
    }

    private int chatsUntilRefused(String from, java.util.function.IntFunction<String> forwardedFor) {
        URI sessions = URI.create(Api.site(base) + "widget/api/sessions?key=" + widgetKey);
        for (int started = 0; started < 60; started++) {
            FromAddress.Answer answer = FromAddress.post(from, sessions,
                    Map.of("Origin", site.origin("127.0.0.1"), "X-Forwarded-For", forwardedFor.apply(started)), "{}");
            if (answer.status() == 429) {
                return started;
            }
            assertEquals(200, answer.status(), answer::toString);
        }
        return 60;
    }

    @Test
    void newChatsFromOneAddressAndMessagesFromOneVisitorAreLimited() throws Exception {
        URI sessions = URI.create(Api.site(base) + "widget/api/sessions?key=" + widgetKey);
        Map<String, String> fromTheSite = Map.of("Origin", site.origin("127.0.0.1"));
        // 30 at once, then one every 2 s: on a slow machine the bucket refills a little while the 30 go in.
        String first = null;
        FromAddress.Answer refused = null;
        int started = 0;
        while (refused == null && started < 60) {
            FromAddress.Answer answer = FromAddress.post("127.0.0.3", sessions, fromTheSite, "{}");
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.status(), answer::toString);
                started++;
                first = first == null ? Json.createReader(new StringReader(answer.body())).readObject().getString("token") : first;
            }
        }
        assertTrue(refused != null && started >= 30, "at least 30 chats, then a refusal; started " + started);
        assertTrue(Long.parseLong(refused.headers().get("retry-after")) >= 1, refused::toString);
        assertEquals("Retry-After", refused.headers().get("access-control-expose-headers"), "the widget's script may read it");
        assertEquals(200, FromAddress.post("127.0.0.3", sessions, fromTheSite, "{\"token\":\"" + first + "\"}").status(),
                "a chat that goes on is no new chat");

        WidgetClient client = new WidgetClient(Api.loopback(base).toString(), widgetKey);
        String token = client.post("sessions", site.origin("127.0.0.1"), "{}", null).json().getString("token");
        try (VisitorSocket visitor = VisitorSocket.open(client, site.origin("127.0.0.1"), token)) {
            // More than a slow machine's refill during the burst can let through (one every 2 s).
            for (int i = 1; i <= 60; i++) {
                visitor.say("message " + i, null);
            }
            JsonObject error = visitor.awaitError("rate-limited");
            assertTrue(error.getString("detail").contains("Too many messages"), error::toString);
            visitor.awaitMessage(message -> "message 30".equals(message.getString("text", "")), "the first 30 messages");
            long stored = visitor.messages().stream().filter(message -> "USER".equals(message.getString("sender"))).count();
            assertTrue(stored >= 30 && stored < 60, "refused messages are not stored: " + stored + " of 60 were");
        }
    }

    @Test
    void aSessionIdleForMoreThanThirtyDaysHasEnded() throws Exception {
        WidgetClient client = new WidgetClient(Api.loopback(base).toString(), widgetKey);
        String origin = site.origin("127.0.0.1");
        JsonObject started = client.post("sessions", origin, "{}", null).json();
        String token = started.getString("token");
        assertEquals(204, client.post("profile", origin, "{\"name\":\"Ida\"}", token).status(), "in use");

        Database.execute("UPDATE widget_session SET last_seen_at = NOW(6) - INTERVAL 31 DAY WHERE visitor_id = '"
                + started.getString("visitorId") + "'");

        assertEquals(403, client.post("profile", origin, "{\"name\":\"Ida\"}", token).status(), "the token no longer works");
        JsonObject again = client.post("sessions", origin, "{\"token\":\"" + token + "\"}", null).json();
        assertFalse(again.getString("visitorId").equals(started.getString("visitorId")), "a new visitor, a new chat");
    }

    private static void assertProblem(int status, WidgetClient.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        assertEquals(status, reply.json().getInt("status"), reply::toString);
    }

    @Test
    void aVerifiedIdentityNeedsTheHmacOfTheUserIdWithTheBotsSecret() throws Exception {
        String secret = fixture.admin().get("api/v1/bots/" + botId + "/widget").object().getString("secret");
        WidgetClient client = new WidgetClient(Api.loopback(base).toString(), widgetKey);
        String origin = site.origin("127.0.0.1");
        WidgetClient.Reply forged = client.post("sessions", origin,
                "{\"user\":{\"id\":\"customer-7\",\"hash\":\"" + WidgetClient.hmac("not-the-secret", "customer-7") + "\"}}", null);
        assertEquals(403, forged.status(), forged::toString);
        String hash = WidgetClient.hmac(secret, "customer-7");
        WidgetClient.Reply verified = client.post("sessions", origin, "{\"user\":{\"id\":\"customer-7\",\"hash\":\"" + hash + "\"}}", null);
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().getBoolean("verified"));
        assertEquals("user-customer-7", verified.json().getString("visitorId"));
        WidgetClient.Reply again = client.post("sessions", origin, "{\"user\":{\"id\":\"customer-7\",\"hash\":\"" + hash + "\"}}", null);
        assertEquals("user-customer-7", again.json().getString("visitorId"), "another device, the same visitor");
        // The loader sends JSON without a charset: it is UTF-8 all the same.
        WidgetClient.Reply umlaut = client.post("sessions", origin, "{\"user\":{\"id\":\"jürgen-7\",\"hash\":\""
                + WidgetClient.hmac(secret, "jürgen-7") + "\"}}", null);
        assertEquals(200, umlaut.status(), umlaut::toString);
        assertEquals("user-jürgen-7", umlaut.json().getString("visitorId"));
        assertEquals(403, fixture.as(fixture.person("agent", "AGENT", botId)).get("api/v1/bots/" + botId + "/widget").status(),
                "only admins read the secret");
        assertEquals(422, fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add("https://shop.example.com/path")).build()).status());
    }

    private static void reply(Api agent, long conversationId, String text) {
        ApiResponse sent = agent.post("api/v1/conversations/" + conversationId + "/messages",
                Json.createObjectBuilder().add("text", text).build());
        assertEquals(201, sent.status(), sent::toString);
    }
}
