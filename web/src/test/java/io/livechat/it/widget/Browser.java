package io.livechat.it.widget;

import io.livechat.it.support.Chromium;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** A visitor's Chromium and the widget in it. */
public final class Browser extends Chromium {

    public Browser(String name, String... extraArguments) throws IOException {
        super(name, extraArguments);
    }

    public void open(String url) {
        driver.get(url);
        waitFor("the widget", d -> d.findElements(By.id("livechat-widget")).isEmpty() ? null : true);
    }

    public SearchContext widget() {
        return driver.findElement(By.id("livechat-widget")).getShadowRoot();
    }

    public WebElement part(String css) {
        return widget().findElement(By.cssSelector(css));
    }

    public List<WebElement> messages() {
        return widget().findElements(By.cssSelector(".messages .msg"));
    }

    public void write(String text) {
        WebElement input = part("textarea");
        input.sendKeys(text);
        part("button.send").click();
    }

    /** The message of the sender holding this text, once it shows. */
    public WebElement waitForMessage(String sender, String text) {
        return waitFor(sender + " message '" + text + "'", d -> messages().stream()
                .filter(m -> sender.equals(m.getAttribute("data-sender")))
                .filter(m -> m.findElement(By.cssSelector(".text")).getText().equals(text))
                .findFirst().orElse(null));
    }

    public long count(String text) {
        return messages().stream().filter(m -> m.findElement(By.cssSelector(".text")).getText().equals(text)).count();
    }

    /** Cuts (or restores) the browser's network, as a dropped Wi-Fi would. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
