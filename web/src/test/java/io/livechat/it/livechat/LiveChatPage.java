package io.livechat.it.livechat;

import io.livechat.it.support.Chromium;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Live Chat page of one bot in a person's Chromium, as they look at it and click. */
public final class LiveChatPage extends Chromium {

    /** How soon a push must show on an open page. */
    public static final Duration LIVE = Duration.ofSeconds(3);

    private LiveChatPage(String name) throws IOException {
        super(name);
    }

    /** A Chromium of its own for the person, signed in and on the bot's Live Chat. */
    public static LiveChatPage open(String app, String username, String password, long botId) throws IOException {
        return opened(app, username, password, page -> page.driver.get(app + "console/livechat.xhtml?bot=" + botId));
    }

    /**
     * The same as a person gets there: signed in on the dashboard, then its link to the bot's Live Chat,
     * with a script that runs in the Live Chat page before the page's own.
     */
    static LiveChatPage openFromDashboard(String app, String username, String password, long botId, String script)
            throws IOException {
        return opened(app, username, password, page -> {
            page.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
            page.click("a[href$='/console/livechat.xhtml?bot=" + botId + "']");
        });
    }

    private static LiveChatPage opened(String app, String username, String password, Consumer<LiveChatPage> toLiveChat)
            throws IOException {
        LiveChatPage page = new LiveChatPage(username);
        try {
            page.signIn(app, username, password);
            toLiveChat.accept(page);
            page.find("#lc\\:handovers");
            return page;
        } catch (RuntimeException e) {
            page.close();
            throw e;
        }
    }

    public void goOnline() {
        find("#lc\\:presence");
        driver.findElements(By.cssSelector("#lc\\:presence .ui-button")).stream()
                .filter(button -> button.getText().equals("Online")).findFirst().orElseThrow().click();
        waitFor("online", d -> d.findElement(By.cssSelector("#lc\\:presence .ui-state-active")).getText()
                .equals("Online") ? true : null);
        // PrimeFaces marks the button active on the click itself, before the server has stored the
        // presence: a handover requested right after could still find nobody online.
        waitFor("the presence stored", d -> Boolean.TRUE.equals(script("return PrimeFaces.ajax.Queue.isEmpty()")) ? true : null);
    }

    /** The handover's entry in a list, once it shows (within {@link #LIVE}). */
    public WebElement item(long handoverId) {
        return waitFor(LIVE, "handover " + handoverId + " in a list",
                d -> d.findElement(By.cssSelector("a[data-handover='" + handoverId + "']")));
    }

    String stateInList(long handoverId) {
        return item(handoverId).getAttribute("data-state");
    }

    public void waitUntilListed(long handoverId, String state) {
        waitFor(LIVE, "handover " + handoverId + " " + state, d -> d.findElements(
                By.cssSelector("a[data-handover='" + handoverId + "'][data-state='" + state + "']")).isEmpty() ? null : true);
    }

    void waitUntilGone(long handoverId) {
        waitFor(LIVE, "handover " + handoverId + " gone from the lists",
                d -> d.findElements(By.cssSelector("a[data-handover='" + handoverId + "']")).isEmpty() ? true : null);
    }

    /** The first handover in the pending list. */
    long firstPending() {
        return Long.parseLong(waitFor(Duration.ofSeconds(20), "a pending handover",
                d -> d.findElement(By.cssSelector("a[data-state='PENDING']"))).getAttribute("data-handover"));
    }

    /**
     * Opens the handover's conversation. A push that re-renders the lists between finding the entry
     * and clicking it can take the click with the old entry: when the page is idle and still shows
     * another conversation, the entry is clicked again.
     */
    public void select(long handoverId) {
        item(handoverId);
        String entry = "a[data-handover='" + handoverId + "']";
        By selected = By.cssSelector("[data-handover='" + handoverId + "'].livechat-conversation-body");
        click(entry);
        waitFor("handover " + handoverId + " selected", d -> {
            if (!d.findElements(selected).isEmpty()) {
                return true;
            }
            if (Boolean.TRUE.equals(script("return PrimeFaces.ajax.Queue.isEmpty()"))) {
                click(entry);
            }
            return null;
        });
    }

    /**
     * Clicks the page's element of that id (or CSS selector), again if a push re-rendered it between
     * finding and clicking: a stale element was never clicked.
     */
    @Override
    public void click(String idOrCss) {
        super.click(idOrCss.matches("[\\w-]+") ? "#lc\\:" + idOrCss : idOrCss);
    }

    boolean shows(String id) {
        return !driver.findElements(By.id("lc:" + id)).isEmpty();
    }

    /** The handover's state line, read again if a push re-renders it between finding and reading. */
    public String state() {
        return text("#handover-state");
    }

    /** The transcript's message of the sender with this text, once it shows. */
    public WebElement waitForMessage(String sender, String text) {
        return waitFor(LIVE.plusSeconds(5), sender + " message '" + text + "'", d -> messages().stream()
                .filter(m -> sender.equals(m.getAttribute("data-sender")))
                .filter(m -> m.findElement(By.cssSelector(".livechat-msg-text")).getText().equals(text))
                .findFirst().orElse(null));
    }

    List<WebElement> messages() {
        return driver.findElements(By.cssSelector("#lc\\:transcript .livechat-msg"));
    }

    /** The texts of the transcript's messages, read in one step: a push may re-render the transcript between two. */
    @SuppressWarnings("unchecked")
    List<String> messageTexts() {
        return (List<String>) script("return Array.from(document.querySelectorAll('#lc\\\\:transcript .livechat-msg .livechat-msg-text'))"
                + ".map(function (text) { return text.innerText.trim(); });");
    }

    public void reply(String text) {
        find("#lc\\:reply").sendKeys(text);
        click("send");
    }

    /** The page's growl messages, once one contains the text. */
    public String waitForNotice(String text) {
        return waitFor("a message '" + text + "'", d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .map(WebElement::getText).filter(shown -> shown.contains(text)).findFirst().orElse(null));
    }

    /**
     * Waits until the page has had no ajax request for a second: the push of an assignment may
     * re-render the Conversation section once more, taking what was typed with it.
     */
    public void settled() {
        long[] quietSince = {System.nanoTime()};
        waitFor("the page settled", d -> {
            if (!Boolean.TRUE.equals(script("return PrimeFaces.ajax.Queue.isEmpty()"))) {
                quietSince[0] = System.nanoTime();
            }
            return System.nanoTime() - quietSince[0] > 1_000_000_000L ? true : null;
        });
    }

    /** Closes the page's push socket: what is pushed from now on does not reach it, as if it were late. */
    void deaf() {
        script("OmniFaces.Push.close('console')");
    }

}
