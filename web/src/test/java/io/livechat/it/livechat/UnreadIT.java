package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Eventually;
import io.livechat.it.widget.VisitorSocket;
import io.livechat.it.widget.WidgetClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Unread signals with two agents of one bot and a visitor on the widget's socket: the counts per
 * conversation (Live Chat rows) and per bot (dashboard) rise live on every page, opening a conversation
 * clears it for that agent only and for good (reload, the API), the tab title carries the count, and
 * desktop notifications and the tone come for a new handover and for the user's messages of one's own
 * chats, never for one's own messages.
 */
class UnreadIT extends ClientIT {

    private static final String ORIGIN = "http://unread.example";
    /** How soon a count must follow a push: the page gathers pushes for a moment before it asks. */
    private static final Duration LIVE = LiveChatPage.LIVE.plusSeconds(2);
    /** A notification takes the same way, on a machine that may be busy with other servers' tests too. */
    private static final Duration NOTIFIED = LIVE.plusSeconds(5);
    /**
     * Records every desktop notification and tone the page makes, and still makes them: the page must
     * call the browser's own Notification API (and WebAudio), which this only wraps.
     */
    private static final String RECORDER = """
            (function () {
                var Real = window.Notification;
                window.notified = [];
                window.permissionAsked = 0;
                window.tones = 0;
                if (Real) {
                    var Recorded = function (title, options) {
                        window.notified.push({title: title, body: options && options.body, tag: options && options.tag});
                        return new Real(title, options);
                    };
                    Recorded.requestPermission = function (callback) {
                        window.permissionAsked++;
                        return Real.requestPermission(callback);
                    };
                    Object.defineProperty(Recorded, 'permission', {get: function () { return Real.permission; }});
                    window.Notification = Recorded;
                }
                var Audio = window.AudioContext;
                if (Audio) {
                    var oscillator = Audio.prototype.createOscillator;
                    Audio.prototype.createOscillator = function () {
                        window.tones++;
                        return oscillator.call(this);
                    };
                }
            })();
            """;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private String app;
    private long botId;
    private String widgetKey;

    @BeforeEach
    void newBot() {
        String loopback = Api.loopback(base).toString();
        app = loopback.endsWith("/") ? loopback : loopback + "/";
        botId = fixture.bot("Unread");
        ApiResponse widget = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(ORIGIN)).build());
        assertEquals(200, widget.status(), widget::toString);
        widgetKey = widget.object().getString("widgetKey");
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closing : opened) {
            closing.close();
        }
    }

    @Test
    void countsRiseLiveOnEveryPageAndOpeningAConversationClearsItForThatAgentOnly() throws Exception {
        String alice = fixture.person("alice", "AGENT", botId);
        String bob = fixture.person("bob", "AGENT", botId);
        LiveChatPage alicePage = remember(LiveChatPage.open(app, alice, Fixture.PASSWORD, botId));
        LiveChatPage bobPage = remember(LiveChatPage.open(app, bob, Fixture.PASSWORD, botId));
        Chromium bobDashboard = remember(new Chromium("bob-dashboard"));
        bobDashboard.signIn(app, bob, Fixture.PASSWORD);
        bobDashboard.driver.get(app + "console/index.xhtml");
        assertEquals("0", bobDashboard.text("[data-unread-bot='" + botId + "']"));

        VisitorSocket visitor = visitor();
        visitor.say("agent", null);
        JsonObject handover = pendingHandover();
        long handoverId = handover.getJsonNumber("id").longValue();
        long conversationId = handover.getJsonNumber("conversationId").longValue();
        waitForBadge(alicePage, handoverId, "1");
        waitForBadge(bobPage, handoverId, "1");
        waitForCell(bobDashboard, "1");

        visitor.say("Hello? Is anybody there?", null);
        waitForBadge(alicePage, handoverId, "2");
        waitForBadge(bobPage, handoverId, "2");
        waitForCell(bobDashboard, "2");
        waitForTitle(bobPage, "\\(2\\) Live Chat: Unread.* - Live Chat");
        waitForTitle(bobDashboard, "\\(2\\) Dashboard - Live Chat");
        bobPage.screenshot("unread-1-counts");

        alicePage.select(handoverId);
        waitForBadge(alicePage, handoverId, null);
        waitForTitle(alicePage, "Live Chat: Unread.* - Live Chat");
        assertEquals(0, total(fixture.as(alice)), "opening it marked it read for her, in the database");
        waitForTitle(bobPage, "\\(2\\) Live Chat: Unread.* - Live Chat");
        assertEquals("2", badge(bobPage, handoverId), "for him it stays unread");
        assertEquals(2, total(fixture.as(bob)));
        assertEquals(2, listedUnread(fixture.as(bob), handoverId), "the handover list says it too");
        assertEquals(0, listedUnread(fixture.as(alice), handoverId));

        alicePage.driver.navigate().refresh();
        alicePage.find("a[data-handover='" + handoverId + "']");
        assertNull(badge(alicePage, handoverId), "read survives a reload");
        assertTrue(alicePage.driver.getTitle().matches("Live Chat: Unread.* - Live Chat"), alicePage.driver.getTitle());
        bobPage.driver.navigate().refresh();
        assertEquals("2", bobPage.waitFor(LIVE, "his badge after the reload", d -> badge(bobPage, handoverId)));

        // A message that arrives while she looks at the conversation is read as it shows.
        alicePage.select(handoverId);
        visitor.say("My parcel never came", null);
        alicePage.waitForMessage("USER", "My parcel never came");
        waitForBadge(bobPage, handoverId, "3");
        Eventually.until(() -> total(fixture.as(alice)), total -> total == 0, LIVE, "what she saw marked read");
        assertNull(badge(alicePage, handoverId));

        // Bob reads it through the API: every page of his clears live.
        long newest = fixture.as(bob).get("api/v1/conversations/" + conversationId + "/messages?limit=200").array()
                .stream().map(JsonObject.class::cast).mapToLong(m -> m.getJsonNumber("id").longValue()).max().orElseThrow();
        ApiResponse read = fixture.as(bob).put(readPath(conversationId), Json.createObjectBuilder().build());
        assertEquals(200, read.status(), read::toString);
        assertEquals(newest, read.object().getJsonNumber("lastReadMessageId").longValue());
        assertEquals(0, read.object().getInt("unread"));
        assertEquals(handoverId, read.object().getJsonNumber("handoverId").longValue());
        waitForBadge(bobPage, handoverId, null);
        waitForCell(bobDashboard, "0");
        waitForTitle(bobPage, "Live Chat: Unread.* - Live Chat");
        waitForTitle(bobDashboard, "Dashboard - Live Chat");
        bobDashboard.screenshot("unread-2-dashboard-read");

        ApiResponse back = fixture.as(bob).put(readPath(conversationId),
                Json.createObjectBuilder().add("lastMessageId", 1).build());
        assertEquals(newest, back.object().getJsonNumber("lastReadMessageId").longValue(), "a mark never moves back");
        ApiResponse zero = fixture.as(bob).put(readPath(conversationId),
                Json.createObjectBuilder().add("lastMessageId", 0).build());
        assertEquals(422, zero.status(), zero::toString);
        assertEquals("application/problem+json", zero.contentType());
    }

    @Test
    void whoIsNotAMemberOfTheBotIsRefused() {
        long elsewhere = fixture.bot("Elsewhere");
        Api stranger = fixture.as(fixture.person("stranger", "AGENT", elsewhere));
        JsonObject handover = fixture.handover(botId, fixture.botToken(botId));
        long conversationId = handover.getJsonNumber("conversationId").longValue();

        for (ApiResponse refused : List.of(stranger.get("api/v1/bots/" + botId + "/unread"),
                stranger.put(readPath(conversationId), Json.createObjectBuilder().build()),
                fixture.anonymous().as(fixture.botToken(botId)).get("api/v1/bots/" + botId + "/unread"))) {
            assertEquals(403, refused.status(), refused::toString);
            assertEquals("application/problem+json", refused.contentType(), refused::toString);
        }
        Api member = fixture.as(fixture.person("member", "AGENT", botId));
        ApiResponse wrongBot = member.put("api/v1/bots/" + botId + "/conversations/999999999/read",
                Json.createObjectBuilder().build());
        assertEquals(404, wrongBot.status(), wrongBot::toString);
        assertEquals(1, total(member), "the new handover counts for a member who has not seen it");
    }

    @Test
    void desktopNotificationsComeForNewHandoversAndTheUsersMessagesOfMyChatsButNotForMyOwn() throws Exception {
        String alice = fixture.person("alice", "AGENT", botId);
        String bob = fixture.person("bob", "AGENT", botId);
        LiveChatPage alicePage = recorded(LiveChatPage.open(app, alice, Fixture.PASSWORD, botId));
        LiveChatPage bobPage = recorded(LiveChatPage.open(app, bob, Fixture.PASSWORD, botId));
        alicePage.goOnline();
        assertEquals(0L, alicePage.script("return window.permissionAsked"), "nobody is asked before turning it on");
        assertEquals("false", alicePage.find("#signals-desktop").getAttribute("aria-pressed"));
        for (LiveChatPage page : List.of(alicePage, bobPage)) {
            page.click("#signals-desktop");
            page.waitFor("desktop alerts on", d -> "true".equals(page.find("#signals-desktop").getAttribute("aria-pressed")));
        }
        alicePage.click("#signals-sound");
        long tonesBefore = (Long) alicePage.script("return window.tones");
        assertTrue(tonesBefore > 0, "turning the sound on plays it once");

        VisitorSocket visitor = visitor();
        visitor.say("agent", null);
        long handoverId = pendingHandover().getJsonNumber("id").longValue();
        for (LiveChatPage page : List.of(alicePage, bobPage)) {
            JsonArray shown = notified(page, 1);
            assertTrue(shown.getJsonObject(0).getString("title").matches("New handover: Visitor \\d+ \\(Unread.*\\)"),
                    shown::toString);
            assertEquals("livechat-handover-" + handoverId, shown.getJsonObject(0).getString("tag"));
        }
        assertTrue((Long) alicePage.script("return window.tones") > tonesBefore, "the tone came with it");

        alicePage.select(handoverId);
        alicePage.click("assign");
        alicePage.waitUntilListed(handoverId, "ASSIGNED");
        // On her dashboard she looks at no conversation; the switches are as she left them.
        alicePage.driver.get(app + "console/index.xhtml");
        alicePage.find("[data-unread-bot='" + botId + "']");
        assertEquals("true", alicePage.find("#signals-desktop").getAttribute("aria-pressed"), "remembered in this browser");
        assertEquals("true", alicePage.find("#signals-sound").getAttribute("aria-pressed"));
        waitForLive(alicePage);

        long conversationId = fixture.admin().get("api/v1/handovers/" + handoverId).object()
                .getJsonNumber("conversationId").longValue();
        ApiResponse own = fixture.as(alice).post("api/v1/conversations/" + conversationId + "/messages",
                Json.createObjectBuilder().add("text", "Hello, Alice here").build());
        assertEquals(201, own.status(), own::toString);
        visitor.awaitMessage(message -> "Hello, Alice here".equals(message.getString("text", "")), "her reply");
        visitor.say("Where is my parcel?", null);

        JsonArray aliceShown = notified(alicePage, 1);
        assertEquals("Where is my parcel?", aliceShown.getJsonObject(0).getString("body"), aliceShown::toString);
        assertTrue(aliceShown.getJsonObject(0).getString("title").matches("Visitor \\d+ \\(Unread.*\\)"), aliceShown::toString);
        // The user's message came after her own: had her reply signalled, it would be here first.
        assertEquals(1, aliceShown.size(), "nothing for her own message: " + aliceShown);
        // Bob's page heard the same push (its socket gets every message of the bot) and had nothing to show.
        bobPage.settled();
        assertEquals(1, notified(bobPage, 1).size(), "the chat is hers: Bob had only the new handover");
        alicePage.screenshot("unread-3-notified");
    }

    private LiveChatPage recorded(LiveChatPage page) {
        remember(page);
        page.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin(),
                "permissions", List.of("notifications")));
        page.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        page.driver.navigate().refresh();
        page.find("#lc\\:handovers");
        waitForLive(page);
        return page;
    }

    private static void waitForLive(Chromium page) {
        page.waitFor("the push socket open", d -> "open".equals(page.script(
                "return document.documentElement.getAttribute('data-live')")) ? true : null);
    }

    /** The notifications the page made, once there are at least that many. */
    private static JsonArray notified(Chromium page, int atLeast) {
        String json;
        try {
            json = page.waitFor(NOTIFIED, atLeast + " notifications", d -> {
                String shown = (String) page.script("return JSON.stringify(window.notified || [])");
                return Json.createReader(new StringReader(shown)).readArray().size() >= atLeast ? shown : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage() + "; the page had " + page.script("return JSON.stringify(window.notified)"
                    + " + ' ' + JSON.stringify(localStorage) + ' ' + document.getElementById('signals:unreadPatch').outerHTML"), e);
        }
        return Json.createReader(new StringReader(json)).readArray();
    }

    private String origin() {
        URI uri = URI.create(app);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private VisitorSocket visitor() throws Exception {
        WidgetClient client = new WidgetClient(app, widgetKey);
        String token = client.post("sessions", ORIGIN, "{}", null).json().getString("token");
        return remember(VisitorSocket.open(client, ORIGIN, token));
    }

    private JsonObject pendingHandover() {
        return Eventually.until(() -> fixture.admin().get("api/v1/bots/" + botId + "/handovers?state=PENDING").array(),
                list -> !list.isEmpty(), Duration.ofSeconds(20), "the visitor's handover").getJsonObject(0);
    }

    private String readPath(long conversationId) {
        return "api/v1/bots/" + botId + "/conversations/" + conversationId + "/read";
    }

    private long total(Api person) {
        ApiResponse unread = person.get("api/v1/bots/" + botId + "/unread");
        assertEquals(200, unread.status(), unread::toString);
        return unread.object().getJsonNumber("total").longValue();
    }

    private int listedUnread(Api person, long handoverId) {
        return person.get("api/v1/bots/" + botId + "/handovers?state=PENDING").array().stream()
                .map(JsonObject.class::cast).filter(h -> h.getJsonNumber("id").longValue() == handoverId)
                .findFirst().orElseThrow().getInt("unread");
    }

    /**
     * The row's badge as shown, or null while it shows none; read in one retried step, as a push may
     * render the list again between the lookup and the read.
     */
    private static String badge(Chromium page, long handoverId) {
        return page.waitFor("the badge of " + handoverId, d -> {
            List<WebElement> badges = d.findElements(By.cssSelector("#lc\\:handovers [data-unread-for='" + handoverId + "']"));
            if (badges.isEmpty()) {
                return Optional.of("(no row)");
            }
            return Optional.ofNullable(badges.get(0).isDisplayed() ? badges.get(0).getText() : null);
        }).orElse(null);
    }

    private static void waitForBadge(Chromium page, long handoverId, String shown) {
        page.waitFor(LIVE, "the badge of " + handoverId + " to show " + shown,
                d -> Objects.equals(badge(page, handoverId), shown) ? true : null);
    }

    private void waitForCell(Chromium dashboard, String shown) {
        dashboard.waitFor(LIVE, "the dashboard's unread " + shown, d -> shown.equals(
                d.findElement(By.cssSelector("[data-unread-bot='" + botId + "']")).getText()) ? true : null);
    }

    /** Waits for the tab's title to match the pattern. */
    private static void waitForTitle(Chromium page, String title) {
        page.waitFor(LIVE, "the title '" + title + "'", d -> d.getTitle().matches(title) ? true : null);
    }

    private <T extends AutoCloseable> T remember(T closing) {
        opened.add(closing);
        return closing;
    }
}
