package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.Samples;
import io.livechat.it.whatsapp.Database;
import io.livechat.it.widget.Browser;
import io.livechat.it.widget.HostSite;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Files both ways, in two Chromiums: the agent attaches an image in the Live Chat composer and the
 * visitor sees its thumbnail in the widget; the visitor drops a PDF on the widget and the agent sees
 * its card; a pasted screenshot goes too; refused files say why before anything is stored; an upload
 * can be cancelled.
 */
class LiveChatFilesIT extends ClientIT {

    private final List<AutoCloseable> opened = new ArrayList<>();
    private String app;
    private long botId;
    private LiveChatPage agent;
    private Browser visitor;
    private long conversation;

    @BeforeEach
    void handedOverToTheAgent() throws Exception {
        app = Api.site(base);
        botId = fixture.bot("Files");
        HostSite site = remember(new HostSite(app));
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(site.origin("127.0.0.1"))).build());
        agent = remember(LiveChatPage.open(app, fixture.person("agent", "AGENT", botId), Fixture.PASSWORD, botId));
        agent.goOnline();
        visitor = remember(new Browser("visitor"));
        visitor.open(site.page("127.0.0.1", settings.object().getString("widgetKey")));
        visitor.part("button.launcher").click();
        visitor.write("Hello, I need help");
        visitor.waitForMessage("BOT", "How can I help?").findElements(By.cssSelector("button.choice")).stream()
                .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();
        long handoverId = agent.firstPending();
        agent.select(handoverId);
        agent.click("assign");
        visitor.waitForMessage("SYSTEM", "You are being transferred to Agent");
        agent.find("#lc\\:reply");
        // The assignment's push may render the Conversation section once more (the file input with it).
        agent.settled();
        conversation = Long.parseLong(agent.find("#lc\\:conversation").getAttribute("data-conversation"));
    }

    @AfterEach
    void closeBrowsers() throws Exception {
        for (AutoCloseable browser : opened) {
            browser.close();
        }
    }

    @Test
    void anAgentsImageShowsInTheWidgetAndAVisitorsPdfInTheConsole() throws Exception {
        Path photo = Files.write(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "files-").resolve("photo.png"),
                Samples.png());

        agent.driver.findElement(By.id("livechat-file")).sendKeys(photo.toString());

        String image = "#lc\\:transcript .livechat-msg[data-sender='AGENT'] a.livechat-file-image img";
        // Found afresh each time: a push renders the transcript again.
        agent.waitFor("the thumbnail loaded in the console's transcript", d -> Long.valueOf(64).equals(agent.script(
                "var img = document.querySelector(arguments[0]); return img && img.complete ? img.naturalWidth : 0", image))
                ? true : null);
        // In one script: between a find and a second lookup a push may render the transcript again.
        String href = (String) agent.script("return document.querySelector(arguments[0]).closest('a').href", image);
        assertTrue(href.contains("/console/files/"), href);
        WebElement shown = visitor.waitFor("the image in the widget", d -> visitor.widget()
                .findElement(By.cssSelector(".msg.agent .file.image[data-loaded='true'] canvas")));
        assertEquals("64", shown.getAttribute("width"), "drawn from the bytes the visitor's session fetched");
        shown.click();
        visitor.waitFor("the full-size view", d -> visitor.part(".viewer").isDisplayed() ? true : null);
        visitor.part(".viewer button").click();

        // The visitor drops a PDF on the chat window.
        visitor.script(drop("arguments[0]", "terms.pdf", "application/pdf"), visitor.part("section.window"),
                Base64.getEncoder().encodeToString(Samples.pdf(40_000)));
        WebElement card = agent.waitFor(LiveChatPage.LIVE.plusSeconds(5), "the visitor's file in the console", d -> d.findElement(
                By.cssSelector("#lc\\:transcript .livechat-msg[data-sender='USER'] a.livechat-file-card")));
        assertEquals("terms.pdf", card.findElement(By.cssSelector(".livechat-file-name")).getText());
        assertTrue(card.findElement(By.cssSelector(".livechat-file-meta")).getText().endsWith("application/pdf"));
        assertEquals("terms.pdf", card.getAttribute("download"));
        assertEquals("200 attachment", agent.script("return fetch(arguments[0]).then(r => r.status + ' '"
                + " + r.headers.get('Content-Disposition').split(';')[0])", card.getAttribute("href")));
        visitor.waitFor("the visitor's own card", d -> visitor.widget().findElement(By.cssSelector(".msg.user .file.card")));
        agent.screenshot("files-console");
        visitor.screenshot("files-widget");

        // A screenshot pasted into the agent's reply goes as a file of its own.
        agent.script(paste("document.getElementById('lc:reply')", "image.png", "image/png"),
                Base64.getEncoder().encodeToString(Samples.png()));
        visitor.waitFor("the pasted screenshot in the widget", d -> visitor.widget()
                .findElements(By.cssSelector(".msg.agent .file.image[data-loaded='true']")).size() == 2 ? true : null);
        // And one the visitor pastes into the widget's message field.
        visitor.script(paste("arguments[0]", "image.png", "image/png"), visitor.part("textarea"),
                Base64.getEncoder().encodeToString(Samples.png()));
        agent.waitFor(LiveChatPage.LIVE.plusSeconds(5), "the visitor's screenshot in the console", d -> d.findElement(
                By.cssSelector("#lc\\:transcript .livechat-msg[data-sender='USER'] a.livechat-file-image img")));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM attachment a JOIN message m ON m.id = a.message_id"
                + " WHERE m.conversation_id = ? AND a.file_name LIKE 'screenshot-%.png' AND a.mime_type = 'image/png'",
                conversation), "named for when they were taken");

        // A file's name is text, never markup, on both sides.
        String hostile = "<img src=x onerror=window.pwned=1>.pdf";
        visitor.script(drop("arguments[0]", hostile, "application/pdf"), visitor.part("section.window"),
                Base64.getEncoder().encodeToString(Samples.pdf(1000)));
        agent.waitFor(LiveChatPage.LIVE.plusSeconds(5), "the file named like markup", d -> d.findElements(
                By.cssSelector("#lc\\:transcript .livechat-file-name")).stream().anyMatch(n -> n.getText().equals(hostile))
                ? true : null);
        visitor.waitFor("its card in the widget", d -> visitor.widget().findElements(By.cssSelector(".file.card .name"))
                .stream().anyMatch(n -> n.getText().equals(hostile)) ? true : null);
        assertEquals(null, agent.script("return window.pwned === undefined ? null : window.pwned"));
        assertEquals(null, visitor.script("return window.pwned === undefined ? null : window.pwned"));
        assertTrue(agent.driver.findElements(By.cssSelector("#lc\\:transcript .livechat-file-card img")).isEmpty());

        // Text goes on as before beside the files.
        visitor.write("Thanks, got them");
        agent.waitForMessage("USER", "Thanks, got them");
    }

    @Test
    void aRefusedFileSaysWhyAndAnUploadCanBeCancelledWithNothingStored() {
        long before = messages();

        // Not what its name says: the server reads the bytes.
        agent.script(drop("document.getElementById('lc:transcript')", "invoice.pdf", "application/pdf"),
                Base64.getEncoder().encodeToString("<html><script>alert(1)</script></html>".getBytes()));
        agent.waitFor("the refusal in the composer", d -> agent.find("#livechat-upload").getText()
                .contains("is not accepted") ? true : null);
        // Larger than the web's 25 MB: refused in the widget before a byte is sent.
        visitor.script("var big = new File([new Uint8Array(26 * 1024 * 1024)], 'holiday.mp4', {type: 'video/mp4'});"
                + " window.LiveChat.sendFile(big);");
        visitor.waitFor("the refusal in the widget", d -> visitor.part(".upload").getText()
                .contains("holiday.mp4 was not sent: it is larger than 25.0 MB") ? true : null);
        agent.screenshot("files-refused-console");
        visitor.screenshot("files-refused-widget");

        // A slow network: the upload shows its progress, and Cancel stops it.
        cancelledOnASlowNetwork(agent, () -> agent.script(drop("document.getElementById('lc:transcript')", "manual.pdf",
                        "application/pdf"), Base64.getEncoder().encodeToString(Samples.pdf(4 * 1024 * 1024))),
                () -> agent.find("#livechat-upload").getText(), "#livechat-upload .livechat-upload-cancel", "manual.pdf");

        // The same in the widget: the server's refusal in the visitor's words, and Cancel on a slow network.
        visitor.script(drop("arguments[0]", "contract.pdf", "application/pdf"), visitor.part("section.window"),
                Base64.getEncoder().encodeToString("<svg onload=alert(1)></svg>".getBytes()));
        visitor.waitFor("the server's refusal in the widget", d -> visitor.part(".upload").getText()
                .startsWith("contract.pdf was not sent: This kind of file is not accepted") ? true : null);
        cancelledOnASlowNetwork(visitor, () -> visitor.script(drop("arguments[0]", "album.pdf", "application/pdf"),
                        visitor.part("section.window"), Base64.getEncoder().encodeToString(Samples.pdf(4 * 1024 * 1024))),
                () -> visitor.part(".upload").getText(), null, "album.pdf");

        assertEquals(before, messages(), "nothing of a refused or cancelled file is in the transcript");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM attachment a JOIN message m ON m.id = a.message_id"
                + " WHERE m.conversation_id = ?", conversation));
    }

    @Test
    void theLimitsAnAdminSetsOnTheBotsPageHoldInTheComposer() throws Exception {
        try (io.livechat.it.support.Chromium admin = new io.livechat.it.support.Chromium("admin")) {
            admin.signIn(app, "admin", Fixture.DEMO_PASSWORD);
            admin.driver.get(app + "console/admin/bot.xhtml?id=" + botId);
            var megabytes = admin.find("#files\\:maxMegabytes_input");
            megabytes.click();
            megabytes.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "0.1");
            admin.click("#files\\:save");
            admin.waitFor("saved", d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(m -> m.getText().contains("File limits saved")) ? true : null);
            admin.screenshot("files-admin-limits");
        }
        assertEquals(104857, fixture.admin().get("api/v1/bots/" + botId + "/files").object().getInt("maxBytes"));

        agent.driver.navigate().refresh();
        agent.select(Long.parseLong(agent.find("a.livechat-item").getAttribute("data-handover")));
        agent.script(drop("document.getElementById('lc:transcript')", "scan.pdf", "application/pdf"),
                Base64.getEncoder().encodeToString(Samples.pdf(200_000)));
        agent.waitFor("the refusal before the upload", d -> agent.find("#livechat-upload").getText()
                .contains("scan.pdf is larger than the 0.1 MB") ? true : null);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM attachment a JOIN message m ON m.id = a.message_id"
                + " WHERE m.conversation_id = ?", conversation));
    }

    /**
     * Starts an upload on a throttled network and cancels it while it is under way (with the button the
     * CSS names, or the widget's own); the browser's network is back to full speed afterwards.
     */
    private void cancelledOnASlowNetwork(io.livechat.it.support.Chromium browser, Runnable start,
                                         java.util.function.Supplier<String> status, String cancelCss, String name) {
        throttle(browser, 64 * 1024);
        try {
            start.run();
            browser.waitFor(name + " under way", d -> status.get().startsWith("Sending " + name) ? true : null);
            if (cancelCss != null) {
                browser.click(cancelCss);
            } else {
                visitor.part(".upload button.cancel").click();
            }
            browser.waitFor(name + " cancelled", d -> status.get().startsWith("Upload of " + name
                    + " cancelled; nothing was sent.") ? true : null);
        } finally {
            throttle(browser, -1);
        }
    }

    private static void throttle(io.livechat.it.support.Chromium browser, int uploadBytesPerSecond) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", uploadBytesPerSecond < 0 ? 0 : 50, "downloadThroughput", -1, "uploadThroughput", uploadBytesPerSecond));
    }

    private long messages() {
        return Database.count("SELECT COUNT(*) FROM message WHERE conversation_id = ?", conversation);
    }

    /** A script that drops a file (base64 in the last argument) on the element, as a person dragging it there does. */
    private static String drop(String target, String name, String type) {
        return file(name, type) + "var transfer = new DataTransfer(); transfer.items.add(file);"
                + " var target = " + target + ";"
                + " target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: transfer}));"
                + " target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: transfer}));";
    }

    /** A script that pastes a file (base64 in the last argument) into the element, as a pasted screenshot comes. */
    private static String paste(String target, String name, String type) {
        return file(name, type) + "var transfer = new DataTransfer(); transfer.items.add(file);"
                + " " + target + ".dispatchEvent(new ClipboardEvent('paste', {bubbles: true, cancelable: true,"
                + " clipboardData: transfer}));";
    }

    private static String file(String name, String type) {
        return "var bytes = Uint8Array.from(atob(arguments[arguments.length - 1]), c => c.charCodeAt(0));"
                + " var file = new File([bytes], '" + name + "', {type: '" + type + "'});";
    }

    private <T extends AutoCloseable> T remember(T browser) {
        opened.add(browser);
        return browser;
    }
}
