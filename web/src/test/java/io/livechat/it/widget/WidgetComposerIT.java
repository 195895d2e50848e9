package io.livechat.it.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        visitor = new Browser("emoji");
        visitor.open(site.page("127.0.0.1", key));
        visitor.part("button.launcher").click();
        visitor.write("Hello");
        visitor.waitForMessage("BOT", "How can I help?");

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
        JsonObject handover = fixture.admin().get("api/v1/bots/" + botId + "/handovers?state=PENDING").array()
                .getJsonObject(0);
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
        admin.find("#widget\\:dictation .ui-chkbox-box").click();
        admin.find("#widget\\:save").click();
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
