package io.livechat.it.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.EmojiPicker;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.SpeechStandIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The widget's composer as a visitor uses it: an emoji searched and picked with a skin tone goes in
 * where the caret is and reaches the agent exactly; dictation shows only when the bot's admin turns
 * it on, listens in the page's language and leaves the text to be checked before sending.
 */
class WidgetComposerIT extends ClientIT {

    private static final String THUMBS_UP = "\uD83D\uDC4D";
    /** The emoji data's thumbs up, as the picker names it: with the emoji presentation selector. */
    private static final String THUMBS_UP_EMOJI = THUMBS_UP + "\uFE0F";
    private static final String MEDIUM_SKIN = "\uD83C\uDFFD";
    private static final String PICKER = "document.getElementById('livechat-widget').shadowRoot.querySelector('emoji-picker')";

    private HostSite site;
    private Browser visitor;
    private Chromium admin;

    @AfterEach
    void leave() {
        for (Chromium browser : new Chromium[] {visitor, admin}) {
            if (browser != null) {
                browser.close();
            }
        }
        site.close();
    }

    /** A new bot whose widget the host site may embed; its key. */
    private String widgetOfNewBot(long botId) throws IOException {
        site = new HostSite(Api.loopback(base).toString());
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        assertEquals(200, settings.status(), settings::toString);
        assertFalse(settings.object().getBoolean("dictation"), "dictation is off until an admin turns it on");
        return settings.object().getString("widgetKey");
    }

    @Test
    void aVisitorPicksASkinTonedEmojiAtTheCaretTheAgentReadsItExactlyAndItComesFirstNextTime() throws IOException {
        long botId = fixture.bot("Widget emoji");
        String key = widgetOfNewBot(botId);
        chatting("emoji", key);

        WebElement input = visitor.part("textarea");
        input.sendKeys("Thanks a lot!");
        visitor.script("arguments[0].setSelectionRange(6, 6)", input);
        visitor.part("button.emoji-toggle").click();
        EmojiPicker picker = new EmojiPicker(visitor, PICKER).awaitReady();
        picker.skinTone(3);
        picker.search("thumbs up");
        picker.pick(THUMBS_UP_EMOJI);
        visitor.screenshot("emoji-picker-widget");
        String text = "Thanks" + THUMBS_UP + MEDIUM_SKIN + " a lot!";
        assertEquals(text, input.getDomProperty("value"), "put at the caret, with the skin tone");
        assertEquals(List.of(), EmojiPicker.fetchedElsewhere(visitor, Api.loopback(base).toString(), site.origin("127.0.0.1")),
                "the picker and its data came from the chat server");

        visitor.part("button.send").click();
        visitor.waitForMessage("USER", text);
        visitor.waitForMessage("BOT", "How can I help?").findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();
        // The choice goes over the socket: the handover exists a moment later.
        JsonObject handover = visitor.waitFor("the handover", d -> fixture.admin()
                .get("api/v1/bots/" + botId + "/handovers?state=PENDING").array().stream().findFirst()
                .map(JsonValue::asJsonObject).orElse(null));
        List<String> said = fixture.admin().get("api/v1/conversations/" + handover.getJsonNumber("conversationId")
                + "/messages").array().stream().map(m -> m.asJsonObject()).filter(m -> "USER".equals(m.getString("sender")))
                .map(m -> m.getString("text")).toList();
        assertTrue(said.contains(text), "the agent reads exactly what the visitor picked: " + said);

        visitor.driver.navigate().refresh();
        visitor.part("button.launcher").click();
        visitor.part("button.emoji-toggle").click();
        EmojiPicker again = new EmojiPicker(visitor, PICKER).awaitReady();
        visitor.waitFor("the thumbs up first among the frequently used", d -> again.favorites().stream().findFirst()
                .filter(THUMBS_UP_EMOJI::equals).orElse(null));
    }

    @Test
    void dictationShowsWhenTheAdminTurnsItOnAndListensInThePagesLanguage() throws IOException {
        long botId = fixture.bot("Widget dictation");
        String key = widgetOfNewBot(botId);
        visitor = new Browser("dictation");
        SpeechStandIn speech = SpeechStandIn.into(visitor);
        visitor.open(site.pageInLanguage(key, "fr-FR"));
        visitor.part("button.launcher").click();
        visitor.write("Bonjour");
        visitor.waitForMessage("BOT", "How can I help?");
        assertFalse(visitor.part("button.speech").isDisplayed(), "no microphone while the bot does not offer dictation");

        admin = new Chromium("admin");
        admin.signIn(Api.site(base), "admin", Fixture.DEMO_PASSWORD);
        admin.driver.get(Api.site(base) + "console/admin/bot.xhtml?id=" + botId);
        admin.click("#widget\\:dictation .ui-chkbox-box");
        admin.click("#widget\\:save");
        admin.waitFor("saved", d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .anyMatch(growl -> growl.getText().contains("Widget settings saved")) ? true : null);
        assertTrue(fixture.admin().get("api/v1/bots/" + botId + "/widget").object().getBoolean("dictation"));

        visitor.driver.navigate().refresh();
        visitor.part("button.launcher").click();
        WebElement microphone = visitor.waitFor("the microphone", d -> visitor.part("button.speech").isDisplayed()
                ? visitor.part("button.speech") : null);
        WebElement input = visitor.part("textarea");
        input.sendKeys("Merci,");
        microphone.click();
        assertEquals("fr-FR", speech.awaitListening(1), "the page's language");
        assertEquals("true", microphone.getDomAttribute("aria-pressed"));
        speech.hear("je voudrais de l'aide");
        assertEquals("Merci, je voudrais de l'aide", input.getDomProperty("value"));
        assertEquals("Check the dictated text, then send it.", visitor.part(".composer-status").getText());
        assertEquals(0, visitor.count("Merci, je voudrais de l'aide"), "nothing is sent before the visitor sends it");

        microphone.click();
        speech.awaitListening(2);
        speech.fail("not-allowed");
        assertEquals("The microphone is blocked. Allow it for this site in the browser\u2019s settings, then try again.",
                visitor.part(".composer-status").getText());
        visitor.part("button.send").click();
        visitor.waitForMessage("USER", "Merci, je voudrais de l'aide");
    }

    /** The widget cut at its maxlength without a word, and had no counter. */
    @Test
    void theWidgetCountsDownToTheLimitRefusesALongerMessageKeepingItAndTheServerRefusesItToo() throws Exception {
        String key = widgetOfNewBot(fixture.bot("Widget limit"));
        chatting("limit", key);
        WebElement input = visitor.part("textarea");
        assertNull(input.getDomAttribute("maxlength"), "nothing cuts what is pasted");
        assertFalse(visitor.part(".counter").isDisplayed(), "no counter far from the limit");

        paste(input, "a".repeat(3700));
        assertEquals("Characters left: 396", visitor.part(".counter").getText());
        String tooLong = "\uD83D\uDE00".repeat(2048) + "!";
        paste(input, tooLong);
        assertEquals("Too long by 1 character", visitor.part(".counter").getText(), "an emoji counts 2");
        assertTrue(visitor.part(".counter").getDomAttribute("class").contains("over"), "red");
        visitor.part("button.send").click();
        assertEquals("This message is 1 character too long: a message holds at most 4096 (an emoji counts 2 or more)."
                + " Shorten it, then send.", visitor.part(".composer-status").getText());
        assertEquals(tooLong, input.getDomProperty("value"), "what was written is kept");
        visitor.screenshot("widget-over-limit");
        assertEquals(0, visitor.messages().stream().filter(m -> "USER".equals(m.getDomAttribute("data-sender"))
                && m.getText().length() > 4000).count(), "nothing was sent");

        // A widget whose check did not run: the server refuses it, naming the message so it comes back.
        String token = Json.createReader(new java.io.StringReader((String) visitor.script(
                "return localStorage.getItem(arguments[0])", "livechat:" + key))).readObject().getString("token");
        WidgetClient client = new WidgetClient(Api.loopback(base).toString(), key);
        try (VisitorSocket socket = VisitorSocket.open(client, site.origin("127.0.0.1"), token)) {
            socket.say(tooLong, null);
            JsonObject refusal = socket.awaitError("text-too-long");
            assertEquals("c1", refusal.getString("clientId"), refusal::toString);
            assertTrue(refusal.getString("detail").contains("at most 4096 characters"), refusal::toString);
        }
    }

    /** A visitor of the widget who said Hello and got the bot's menu. */
    private void chatting(String name, String key) throws IOException {
        visitor = new Browser(name);
        visitor.open(site.page("127.0.0.1", key));
        visitor.part("button.launcher").click();
        visitor.write("Hello");
        visitor.waitForMessage("BOT", "How can I help?");
    }

    private void paste(WebElement input, String text) {
        visitor.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input, text);
    }

    @Test
    void onASiteThatEnforcesTrustedTypesThePickerSaysItCannotRunAndTheChatGoesOn() throws IOException {
        String key = widgetOfNewBot(fixture.bot("Widget strict"));
        visitor = new Browser("strict-emoji");
        visitor.open(site.strictPage(key));
        visitor.part("button.launcher").click();
        visitor.part("button.emoji-toggle").click();

        visitor.waitFor("the picker's refusal", d -> visitor.part(".composer-status").getText()
                .equals("The emoji picker cannot run on this page.") ? true : null);
        visitor.write("Still here");
        visitor.waitForMessage("USER", "Still here");
    }
}
