package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.EmojiPicker;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.SpeechStandIn;
import io.livechat.it.widget.Browser;
import io.livechat.it.widget.HostSite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Live Chat composer's emoji picker and dictation, as an agent uses them: search an emoji,
 * put it where the caret is, send it and see the visitor get it; dictate in the agent's language,
 * read the text over before sending; and be told in words why dictation cannot listen.
 */
class ComposerIT extends ClientIT {

    /** 🦄: outside the Basic Multilingual Plane, two UTF-16 units. */
    private static final String UNICORN = "\uD83E\uDD84";

    /** The browsers and sites a test opened, closed after it in the reverse order. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private long botId;
    private long handoverId;
    private long conversationId;
    private String agentName;

    @BeforeEach
    void newBot() {
        botId = fixture.bot("Composer");
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    @Test
    void anAgentSearchesAnEmojiPutsItAtTheCaretSendsItAndFindsItAmongTheFrequentlyUsed() throws IOException {
        HostSite site = remember(new HostSite(Api.site(base)));
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        assertEquals(200, settings.status(), settings::toString);
        LiveChatPage agent = remember(LiveChatPage.open(Api.site(base), fixture.person("agent", "AGENT", botId), Fixture.PASSWORD,
                botId));
        agent.goOnline();
        Browser visitor = remember(new Browser("visitor"));
        visitor.open(site.page("127.0.0.1", settings.object().getString("widgetKey")));
        visitor.part("button.launcher").click();
        visitor.write("Hello");
        visitor.waitForMessage("BOT", "How can I help?").findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();
        handoverId = agent.firstPending();
        agent.select(handoverId);
        agent.click("assign");
        agent.waitForMessage("SYSTEM", "You are being transferred to Agent");
        agent.settled();

        agent.find("#lc\\:reply").sendKeys("What a day!");
        agent.script("document.getElementById('lc:reply').setSelectionRange(6, 6)");
        agent.click("#livechat-emoji-toggle");
        EmojiPicker picker = new EmojiPicker(agent, "document.querySelector('#livechat-emoji emoji-picker')").awaitReady();
        picker.search("unicorn");
        picker.pick(UNICORN);
        agent.screenshot("emoji-picker-console");

        assertEquals("What a" + UNICORN + " day!", agent.find("#lc\\:reply").getDomProperty("value"), "put at the caret");
        agent.script("document.getElementById('lc:reply').focus()");
        agent.find("#lc\\:reply").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        agent.waitFor("the picker closed", d -> agent.find("#livechat-emoji").isDisplayed() ? null : true);
        agent.click("send");
        visitor.waitForMessage("AGENT", "What a" + UNICORN + " day!");
        agent.waitForMessage("AGENT", "What a" + UNICORN + " day!");
        assertEquals(List.of(), EmojiPicker.fetchedElsewhere(agent, Api.site(base)), "the picker and its data came from us");

        agent.driver.navigate().refresh();
        agent.select(handoverId);
        agent.click("#livechat-emoji-toggle");
        EmojiPicker again = new EmojiPicker(agent, "document.querySelector('#livechat-emoji emoji-picker')").awaitReady();
        agent.waitFor("the unicorn first among the frequently used", d -> again.favorites().stream().findFirst()
                .filter(UNICORN::equals).orElse(null));
    }

    @Test
    void dictationListensInTheAgentsLanguageAndPutsTheTextAtTheCaretToCheckBeforeSending() throws IOException {
        LiveChatPage agent = assignedPage();
        agent.driver.executeCdpCommand("Network.enable", Map.of());
        agent.driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", "de-DE,de;q=0.9")));
        SpeechStandIn speech = SpeechStandIn.into(agent);
        agent.driver.navigate().refresh();
        agent.select(handoverId);

        agent.find("#lc\\:reply").sendKeys("Guten Tag");
        agent.click("#livechat-speech");
        assertEquals("de-DE", speech.awaitListening(1), "the language the agent's browser asks pages in");
        agent.waitFor("the listening microphone", d -> "true".equals(
                agent.find("#livechat-speech").getDomAttribute("aria-pressed")) ? true : null);
        assertTrue(agent.find("#livechat-speech").getDomAttribute("class").contains("listening"));
        assertEquals("Listening\u2026 speak now; click the microphone again to stop.", status(agent));

        speech.hear("wie kann ich helfen");
        assertEquals("Guten Tag wie kann ich helfen", agent.find("#lc\\:reply").getDomProperty("value"));
        assertEquals("Check the dictated text, then send it.", status(agent));
        assertEquals("false", agent.find("#livechat-speech").getDomAttribute("aria-pressed"), "no longer listening");
        assertTrue(agent.messages().stream().noneMatch(m -> "AGENT".equals(m.getDomAttribute("data-sender"))),
                "nothing is sent before the agent sends it");

        agent.click("#livechat-speech");
        speech.awaitListening(2);
        agent.click("#livechat-speech");
        agent.waitFor("stopped by a second click", d -> "false".equals(
                agent.find("#livechat-speech").getDomAttribute("aria-pressed")) ? true : null);
        agent.click("send");
        agent.waitForMessage("AGENT", "Guten Tag wie kann ich helfen");
    }

    @Test
    void dictationSaysWhyItCannotListen() throws IOException {
        LiveChatPage agent = assignedPage();
        SpeechStandIn speech = SpeechStandIn.into(agent);
        agent.driver.navigate().refresh();
        agent.select(handoverId);
        Map<String, String> errors = Map.of(
                "not-allowed", "The microphone is blocked. Allow it for this site in the browser\u2019s settings, then try again.",
                "audio-capture", "No microphone was found. Connect one, then try again.",
                "network", "Speech recognition could not reach its service. Check the network, then try again.",
                "no-speech", "Nothing was heard. Click the microphone and speak again.",
                "bad-grammar", "Speech recognition failed (bad-grammar). Try again, or type instead.");
        int count = 0;
        for (Map.Entry<String, String> error : errors.entrySet()) {
            agent.click("#livechat-speech");
            speech.awaitListening(++count);
            speech.fail(error.getKey());
            assertEquals(error.getValue(), status(agent), error.getKey());
            assertTrue(agent.find("#livechat-composer-status").getDomAttribute("class").contains("livechat-composer-error"));
            assertEquals("false", agent.find("#livechat-speech").getDomAttribute("aria-pressed"));
        }

        speech.microphones(0);
        agent.click("#livechat-speech");
        agent.waitFor("no microphone said", d -> status(agent).equals("No microphone was found. Connect one, then try again.")
                ? true : null);
        speech.remove();
        agent.click("#livechat-speech");
        agent.waitFor("no speech recognition said", d -> status(agent).equals(
                "This browser has no speech recognition. Type instead, or use Chrome, Edge or Safari.") ? true : null);
        assertEquals(count, speech.recognitions(), "nothing listened without a microphone or an engine");
        assertEquals("", agent.find("#lc\\:reply").getDomProperty("value"));
    }

    /** The limit was a maxlength, which cuts a pasted reply without a word; there was no counter. */
    @Test
    void theComposerCountsDownToTheChannelsLimitAndRefusesALongerReplyKeepingIt() throws IOException {
        LiveChatPage agent = assignedPage();
        String maxlength = agent.find("#lc\\:reply").getDomAttribute("maxlength");
        assertTrue(maxlength == null || Integer.parseInt(maxlength) > 4096, "nothing cuts what is pasted: " + maxlength);
        assertFalse(agent.find("#livechat-counter").isDisplayed(), "no counter far from the limit");
        paste(agent, "a".repeat(3700));
        agent.waitFor("the counter near the limit", d -> agent.find("#livechat-counter").isDisplayed() ? true : null);
        assertEquals("Characters left: 396", agent.find("#livechat-counter").getText());
        String tooLong = "\uD83D\uDE00".repeat(2048) + "!";
        paste(agent, tooLong);
        assertEquals("Too long by 1 character", agent.find("#livechat-counter").getText(), "an emoji counts 2");
        assertTrue(agent.find("#livechat-counter").getDomAttribute("class").contains("livechat-counter-over"), "red");
        agent.screenshot("composer-over-limit");

        agent.click("send");
        agent.waitFor("the refusal", d -> status(agent).equals(
                "A reply holds at most 4,096 characters (an emoji counts 2 or more); shorten it and send again.") ? true : null);
        assertEquals(tooLong, agent.find("#lc\\:reply").getDomProperty("value"), "what was written is kept");

        // A page whose check did not run (a stale script, a tampered one): the server refuses it the same way.
        agent.script("LiveChatPage.sendable = function () { return true; }");
        agent.click("send");
        agent.waitForNotice("A reply holds at most 4,096 characters (an emoji counts 2 or more)");
        assertEquals(tooLong, agent.find("#lc\\:reply").getDomProperty("value"), "kept after the server's refusal too");
        assertFalse(agent.messages().stream().anyMatch(m -> "AGENT".equals(m.getDomAttribute("data-sender"))));
        ApiResponse refused = fixture.as(agentName).post("api/v1/conversations/" + conversationId + "/messages",
                Json.createObjectBuilder().add("text", tooLong).build());
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals("text-too-long", refused.problemType(), "the channel's rule, with its limit");
        // Extension members are strings, as the OpenAPI document's Problem says.
        assertEquals("4096", refused.object().getString("max"), refused::toString);
        assertEquals("4097", refused.object().getString("length"), refused::toString);
    }

    /** Puts the text into the reply as a paste does, with its input event. */
    private static void paste(LiveChatPage page, String text) {
        page.script("const reply = document.getElementById('lc:reply'); reply.value = arguments[0];"
                + "reply.dispatchEvent(new Event('input', {bubbles: true}));", text);
    }

    /** An agent's Live Chat with a handover of a web visitor assigned to them. */
    private LiveChatPage assignedPage() throws IOException {
        String agent = fixture.person("agent", "AGENT", botId);
        agentName = agent;
        Api api = fixture.as(agent);
        Fixture.goOnline(api);
        JsonObject handover = fixture.handover(botId, fixture.botToken(botId));
        handoverId = handover.getJsonNumber("id").longValue();
        conversationId = handover.getJsonNumber("conversationId").longValue();
        assertEquals(200, api.post("api/v1/handovers/" + handoverId + "/assignment", null).status());
        LiveChatPage page = remember(LiveChatPage.open(Api.site(base), agent, Fixture.PASSWORD, botId));
        page.select(handoverId);
        page.find("#lc\\:reply");
        return page;
    }

    private static String status(LiveChatPage page) {
        return page.find("#livechat-composer-status").getText();
    }

    private <T extends AutoCloseable> T remember(T browser) {
        opened.push(browser);
        return browser;
    }
}
