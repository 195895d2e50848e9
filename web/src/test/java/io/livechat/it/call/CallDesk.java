package io.livechat.it.call;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.Fixture;
import io.livechat.it.widget.Browser;
import io.livechat.it.widget.HostSite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bot whose agent has the conversation of a web visitor assigned: the visitor's widget open in one
 * Chromium, the agent's Live Chat page (with the conversation selected) in another, both with fake
 * camera and microphone.
 */
final class CallDesk implements AutoCloseable {

    static final Duration LIVE = Duration.ofSeconds(10);

    final long botId;
    final String agent;
    final Api agentApi;
    final long handoverId;
    final long conversationId;
    final Browser visitor;
    final Chromium console;
    private final HostSite site;

    private CallDesk(Fixture fixture, String app, String siteBase, JsonObject callSettings, String name,
                     String... agentBrowser) throws IOException {
        site = new HostSite(siteBase);
        botId = fixture.bot("Calls");
        ApiResponse widget = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        assertEquals(200, widget.status(), widget::toString);
        ApiResponse calls = fixture.admin().put("api/v1/bots/" + botId + "/calls", callSettings);
        assertEquals(200, calls.status(), calls::toString);
        agent = fixture.person("agent", "AGENT", botId);
        agentApi = fixture.as(agent);
        Fixture.goOnline(agentApi);

        visitor = new Browser(name + "-visitor", Chromium.FAKE_MEDIA);
        visitor.open(site.page("127.0.0.1", widget.object().getString("widgetKey")));
        visitor.part("button.launcher").click();
        visitor.write("I would rather talk");
        visitor.waitForMessage("USER", "I would rather talk");
        String visitorId = (String) visitor.script(
                "return JSON.parse(localStorage.getItem('livechat:' + arguments[0])).visitorId",
                widget.object().getString("widgetKey"));
        ApiResponse handover = fixture.anonymous().as(fixture.botToken(botId)).post("api/v1/handovers",
                Json.createObjectBuilder().add("botId", botId).add("contact", Json.createObjectBuilder()
                        .add("channel", "WEB").add("externalId", visitorId).add("name", "Vera Visitor")).build());
        assertEquals(201, handover.status(), handover::toString);
        handoverId = handover.object().getJsonNumber("id").longValue();
        conversationId = handover.object().getJsonNumber("conversationId").longValue();
        assertEquals(200, agentApi.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        visitor.waitForMessage("SYSTEM", "You are being transferred to Agent");

        console = new Chromium(name + "-agent", agentBrowser);
        console.signIn(app, agent, Fixture.PASSWORD);
        console.driver.get(app + "console/livechat.xhtml?bot=" + botId);
        select(handoverId);
    }

    /** Picks the handover on the console, again if a push re-rendered its row between finding and clicking. */
    void select(long handover) {
        console.waitFor("a click on handover " + handover, d -> {
            d.findElement(By.cssSelector("a[data-handover='" + handover + "']")).click();
            return true;
        });
        console.waitFor("the conversation of handover " + handover, d -> d.findElements(By.cssSelector(
                "[data-handover='" + handover + "'].livechat-conversation-body")).isEmpty() ? null : true);
    }

    /** A desk whose bot has the built-in provider, with the kinds enabled. */
    static CallDesk open(Fixture fixture, String app, String siteBase, boolean audio, boolean video, String name)
            throws IOException {
        return open(fixture, app, siteBase, Json.createObjectBuilder().add("audio", audio).add("video", video).build(), name);
    }

    /** A desk whose bot has these call settings (as PUT /api/v1/bots/{botId}/calls takes them). */
    static CallDesk open(Fixture fixture, String app, String siteBase, JsonObject callSettings, String name)
            throws IOException {
        return new CallDesk(fixture, app, siteBase, callSettings, name, Chromium.FAKE_MEDIA);
    }

    /** A desk with the built-in provider whose agent's browser has no camera and no microphone at all. */
    static CallDesk withoutAgentMedia(Fixture fixture, String app, String siteBase, String name) throws IOException {
        return new CallDesk(fixture, app, siteBase, Json.createObjectBuilder().add("audio", true).add("video", true)
                .build(), name, "--autoplay-policy=no-user-gesture-required");
    }

    /** Clicks the console element of the id (in the lc form), again if a push re-rendered it meanwhile. */
    void click(String id) {
        console.waitFor("a click on " + id, d -> {
            d.findElement(By.id("lc:" + id)).click();
            return true;
        });
    }

    boolean consoleShows(String id) {
        return !console.driver.findElements(By.id("lc:" + id)).isEmpty();
    }

    /** The console's call panel once its attribute has the value. */
    WebElement consoleCall(String attribute, String value) {
        return console.waitFor(LIVE, "the console's call with " + attribute + "=" + value, d -> d.findElement(
                By.cssSelector("#lc\\:call [data-call][data-" + attribute + "='" + value + "']")));
    }

    void waitUntilConsoleHasNoCall() {
        console.waitFor(LIVE, "no call on the console",
                d -> d.findElements(By.cssSelector("#lc\\:call [data-call]")).isEmpty() ? true : null);
    }

    WebElement ringer() {
        return visitor.waitFor(LIVE, "the widget ringing", d -> {
            WebElement ringer = visitor.part(".ringer");
            return ringer.isDisplayed() ? ringer : null;
        });
    }

    /** The widget's call panel once its attribute has the value. */
    void widgetCall(String attribute, String value) {
        visitor.waitFor(LIVE, "the widget's call with " + attribute + "=" + value,
                d -> value.equals(visitor.part(".call").getAttribute("data-" + attribute)) ? true : null);
    }

    /** The console transcript's Live Chat line that starts so, once it shows. */
    String consoleNotice(String start) {
        return console.waitFor(LIVE, "a transcript line '" + start + "'", d -> d.findElements(
                        By.cssSelector("#lc\\:transcript .livechat-msg[data-sender='SYSTEM'] .livechat-msg-text")).stream()
                .map(WebElement::getText).filter(text -> text.startsWith(start)).findFirst().orElse(null));
    }

    String widgetNotice(String start) {
        return visitor.waitFor(LIVE, "a widget line '" + start + "'", d -> visitor.messages().stream()
                .filter(m -> "SYSTEM".equals(m.getAttribute("data-sender")))
                .map(m -> m.findElement(By.cssSelector(".text")).getText())
                .filter(text -> text.startsWith(start)).findFirst().orElse(null));
    }

    JsonObject startByApi(String kind, int expectedStatus) {
        ApiResponse started = agentApi.post("api/v1/conversations/" + conversationId + "/calls",
                Json.createObjectBuilder().add("kind", kind).build());
        assertEquals(expectedStatus, started.status(), started::toString);
        return started.object();
    }

    @Override
    public void close() {
        visitor.close();
        console.close();
        site.close();
    }
}
