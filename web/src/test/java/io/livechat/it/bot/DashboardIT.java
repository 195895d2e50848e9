package io.livechat.it.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.BrowserIT;
import io.livechat.it.support.Fixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard a person lands on: exactly their bots with the handovers waiting, counted live, and
 * nothing of a bot they do not belong to.
 */
class DashboardIT extends BrowserIT {

    @Test
    void listsExactlyTheAgentsBotsAndCountsANewHandoverLive() {
        long support = fixture.bot("Support");
        long sales = fixture.bot("Sales");
        long other = fixture.bot("Other");
        String supportEngine = fixture.botToken(support);
        fixture.handover(support, supportEngine);
        fixture.handover(other, fixture.botToken(other));
        String agent = fixture.person("agent", "AGENT", support, sales);

        browser.signIn(site, agent, Fixture.PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/console/index.xhtml"), browser.driver::getCurrentUrl);
        assertEquals(Map.of(support, "1", sales, "0"), pendingCounts());
        browser.waitFor("the live socket", d -> "open".equals(browser.script(
                "return document.documentElement.getAttribute('data-live');")));

        fixture.handover(sales, fixture.botToken(sales));
        browser.waitFor("the pushed count of the sales bot", d -> "1".equals(pendingCounts().get(sales)));
        fixture.handover(support, supportEngine);
        browser.waitFor("the pushed count of the support bot", d -> "2".equals(pendingCounts().get(support)));
        assertEquals(Map.of(support, "2", sales, "1"), pendingCounts());

        WebElement liveChat = browser.find("a[href$='/console/livechat.xhtml?bot=" + sales + "']");
        assertTrue(liveChat.getText().contains("Live Chat"), liveChat::getText);
        assertEquals("Offline", browser.find("#presence\\:state").getText().strip());
        browser.click("#presence\\:toggle");
        browser.waitFor("online", d -> "Online".equals(browser.find("#presence\\:state").getText().strip()));
        browser.screenshot("dashboard");
    }

    /**
     * Leaving a console page for another sends no unload request: behind a balancer without sticky
     * sessions it would reach another node than the next page's request at the same moment, and the
     * session copy saved last would drop the new page's view (see console.js). Every beacon the page
     * sends is counted in the tab's session storage, which outlives the page.
     */
    @Test
    void leavingTheDashboardForTheLiveChatSendsNoUnloadRequest() {
        long bot = fixture.bot("Leaving");
        String agent = fixture.person("agent", "AGENT", bot);
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function () {
                    var send = navigator.sendBeacon.bind(navigator);
                    navigator.sendBeacon = function (url, data) {
                        sessionStorage.setItem('beacons', (sessionStorage.getItem('beacons') || '') + url + ' ');
                        return send(url, data);
                    };
                })();"""));
        browser.signIn(site, agent, Fixture.PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/console/index.xhtml"), browser.driver::getCurrentUrl);
        browser.waitFor("the live socket", d -> "open".equals(browser.script(
                "return document.documentElement.getAttribute('data-live');")));

        browser.click("a[href$='/console/livechat.xhtml?bot=" + bot + "']");
        browser.find("#lc\\:handovers");
        assertEquals("", browser.script("return sessionStorage.getItem('beacons') || ''"), "the beacons the pages sent");
    }

    /**
     * A link to another page waits until the page's own requests are answered: under way at once,
     * behind a balancer without sticky sessions, the two could reach two nodes and the next page's
     * view be lost (see console.js). Whether a request was still under way when the page was left is
     * kept in the tab's session storage, which outlives the page.
     */
    @Test
    void aLinkToAnotherPageWaitsUntilThePagesRequestsAreAnswered() {
        long bot = fixture.bot("Waiting link");
        String agent = fixture.person("agent", "AGENT", bot);
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.addEventListener('beforeunload', function () {
                    sessionStorage.setItem('leftBusy', String(!PrimeFaces.ajax.Queue.isEmpty()));
                });"""));
        browser.signIn(site, agent, Fixture.PASSWORD);
        browser.waitFor("the live socket and its refresh", d -> "open".equals(browser.script(
                "return document.documentElement.getAttribute('data-live');"))
                && Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty()")) ? true : null);

        assertEquals(Boolean.FALSE, browser.script("refreshDashboard();"
                + " document.querySelector(\"a[href$='/console/livechat.xhtml?bot=" + bot + "']\").click();"
                + " return PrimeFaces.ajax.Queue.isEmpty();"), "a refresh under way when the link is clicked");
        browser.find("#lc\\:handovers");
        assertEquals("false", browser.script("return sessionStorage.getItem('leftBusy')"),
                "a request of the dashboard was under way when it was left");
    }

    @Test
    void anAdminSeesEveryBot() {
        long first = fixture.bot("First");
        long second = fixture.bot("Second");

        browser.signIn(site, "admin", Fixture.DEMO_PASSWORD);

        assertTrue(pendingCounts().keySet().containsAll(List.of(first, second)), () -> pendingCounts().toString());
    }

    @Test
    void anotherBotThroughTheConsoleAnswersTheForbiddenPage() {
        long own = fixture.bot("Own");
        long other = fixture.bot("Other");
        String agent = fixture.person("agent", "AGENT", own);
        browser.signIn(site, agent, Fixture.PASSWORD);

        browser.driver.get(site + "console/index.xhtml?bot=" + other);
        assertTrue(browser.find("#error-403").getText().contains("Not allowed"));
        assertTrue(browser.driver.findElements(By.cssSelector(".dashboard-bots")).isEmpty(), "no bot data on the page");
        assertEquals(403L, statusOf("console/index.xhtml?bot=" + other));
        assertEquals(403L, statusOf("console/index.xhtml?bot=" + Long.MAX_VALUE),
                "a bot that does not exist is refused like another's, so that ids tell nothing");
        assertEquals(404L, statusOf("console/index.xhtml?bot=abc"), "a bot id that is no number names no bot");
        assertEquals(404L, statusOf("console/livechat.xhtml?bot=abc"));
        browser.driver.get(site + "console/livechat.xhtml?bot=abc");
        assertTrue(browser.find("#error-404").getText().contains("Not found"));

        assertEquals(200L, statusOf("console/index.xhtml?bot=" + own));
        browser.driver.get(site + "console/index.xhtml?bot=" + own);
        assertEquals(Map.of(own, "0"), pendingCounts());
    }

    @Test
    void thePushSocketOpensOnlyForASignedInPageOfThisServer() throws Exception {
        browser.signIn(site, fixture.person("agent", "AGENT"), Fixture.PASSWORD);
        browser.waitFor("the live socket", d -> "open".equals(browser.script(
                "return document.documentElement.getAttribute('data-live')")) ? true : null);
        // OmniFaces.Push.init('', 'console?<channel id>', ...): the script adds /omnifaces.push/ to it.
        Matcher channel = Pattern.compile("'(console\\?[0-9a-zA-Z-]+)'").matcher(browser.driver.getPageSource());
        assertTrue(channel.find(), "the page names its socket");
        URI page = URI.create(site);
        URI socket = URI.create("ws://" + page.getRawAuthority() + "/omnifaces.push/" + channel.group(1));
        String session = "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        String ownOrigin = page.getScheme() + "://" + page.getRawAuthority();

        assertEquals(101, handshake(socket, ownOrigin, session), "the page's own handshake");
        assertEquals(403, handshake(socket, "http://evil.example", session), "a page elsewhere, with the person's cookie");
        assertEquals(403, handshake(socket, ownOrigin, null), "no session");
    }

    /** The status of a WebSocket handshake with this Origin and Cookie: 101 when it is taken. */
    private static int handshake(URI socket, String origin, String cookie) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        try {
            builder.buildAsync(socket, new WebSocket.Listener() { }).get(20, TimeUnit.SECONDS).abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** The status the server answers this signed-in browser for the page. */
    private long statusOf(String page) {
        Object status = browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));", site + page);
        return ((Number) status).longValue();
    }

    /** The bots on the dashboard by id, each with its pending count as shown (read at once: pushes re-render it). */
    private Map<Long, String> pendingCounts() {
        browser.find("#dashboard\\:bots");
        List<?> rows = (List<?>) browser.script("return Array.from(document.querySelectorAll("
                + "'#dashboard\\\\:bots .dashboard-pending')).map(cell => [cell.getAttribute('data-bot'),"
                + " cell.querySelector('.dashboard-count').textContent.trim()]);");
        return rows.stream().map(row -> (List<?>) row)
                .collect(Collectors.toMap(row -> Long.valueOf(row.get(0).toString()), row -> row.get(1).toString()));
    }
}
