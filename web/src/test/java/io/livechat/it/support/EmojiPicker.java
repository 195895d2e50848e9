package io.livechat.it.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The emoji picker (emoji-picker-element) as a person uses it: type into its search, click an emoji
 * of the results, read its row of frequently used emoji. The picker lives in a shadow root, in the
 * widget's inside another: {@code locate} is a script expression that yields the element.
 */
public final class EmojiPicker {

    private final Chromium browser;
    private final String locate;

    public EmojiPicker(Chromium browser, String locate) {
        this.browser = browser;
        this.locate = locate;
    }

    private Object inside(String script, Object... args) {
        return browser.script("const picker = " + locate + "; const root = picker && picker.shadowRoot; "
                + "if (!root) { return null; } " + script, args);
    }

    /** Waits until the picker shows emoji: its data came from our server and is in the browser's database. */
    public EmojiPicker awaitReady() {
        try {
            // The first opening in a browser reads the emoji data into its database: slow on a busy machine.
            browser.waitFor(Duration.ofSeconds(60), "the emoji picker with its emoji", d -> inside(
                    "return root.querySelector('.tabpanel button.emoji[id^=\"emo-\"]') ? true : null"));
        } catch (TimeoutException e) {
            browser.screenshot("failed-emoji-picker");
            throw e;
        }
        return this;
    }

    /** Types into the picker's search field, as a person does. */
    public void search(String text) {
        WebElement search = browser.waitFor("the picker's search", d -> (WebElement) inside("return root.getElementById('search')"));
        search.sendKeys(text);
    }

    /** Clicks the emoji once it is among the emoji shown (the search results, after a search). */
    public void pick(String emoji) {
        WebElement button = browser.waitFor("the emoji " + emoji + " in the picker", d -> (WebElement) inside(
                "return root.getElementById('emo-' + arguments[0])", emoji));
        button.click();
    }

    /** Chooses the skin tone (0 none, 1 light to 5 dark) from the picker's skin tone menu. */
    public void skinTone(int tone) {
        browser.waitFor("the skin tone button", d -> (WebElement) inside("return root.getElementById('skintone-button')"))
                .click();
        browser.waitFor("skin tone " + tone, d -> Boolean.TRUE.equals(inside(
                "return !root.getElementById('skintone-list').classList.contains('hidden')")) ? true : null);
        // The menu slides open: its options take clicks once it has.
        browser.waitFor("skin tone " + tone + " clicked", d -> {
            try {
                ((WebElement) inside("return root.getElementById('skintone-' + arguments[0])", tone)).click();
                return true;
            } catch (ElementNotInteractableException e) {
                return null;
            }
        });
        browser.waitFor("the skin tone menu closed", d -> Boolean.TRUE.equals(inside(
                "return root.getElementById('skintone-list').classList.contains('hidden')")) ? true : null);
    }

    /** The emoji of the frequently used row, most used first. */
    @SuppressWarnings("unchecked")
    public List<String> favorites() {
        return (List<String>) inside("return Array.from(root.querySelectorAll('.favorites [id^=\"fav-\"]'))"
                + ".map(b => b.id.substring(4))");
    }

    /** The addresses of everything the page fetched that was not from one of these origins. */
    @SuppressWarnings("unchecked")
    public static List<String> fetchedElsewhere(Chromium browser, String... origins) {
        return (List<String>) browser.script("const mine = Array.from(arguments);"
                + "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(url => !mine.some(origin => url.startsWith(origin)));", (Object[]) origins);
    }
}
