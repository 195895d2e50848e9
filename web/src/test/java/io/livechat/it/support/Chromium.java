package io.livechat.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver (never a downloaded browser), with a fresh
 * profile each: two of them are two people who share nothing. Screenshots go to
 * {@code target/screenshots} for a reviewer to look at.
 */
public class Chromium implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;

    /** Fake camera and microphone, granted without asking: for calls between two of them. */
    public static final String[] FAKE_MEDIA = {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--autoplay-policy=no-user-gesture-required"};

    public Chromium(String name, String... extraArguments) throws IOException {
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-" + name + "-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Signs in through the login page's form, then waits for the page it leads to. */
    public void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "login.xhtml");
        find("#login\\:username").sendKeys(username);
        find("#login\\:password").sendKeys(password);
        find("#login\\:submit").click();
        waitFor(() -> "signed in as " + username + " (the page shows " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("body")).getText().lines().limit(5).toList() + ")",
                d -> d.findElements(By.id("caller")).isEmpty() ? null : true);
    }

    public WebElement find(String css) {
        return waitFor(css, d -> d.findElement(By.cssSelector(css)));
    }

    /**
     * Finds and clicks the element in one step, again while it goes stale: a page that renders a part
     * of itself again (a push, an ajax update) between a find and its click would fail the test.
     */
    public void click(String css) {
        waitFor("a click on " + css, d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** The element's text, found and read in one step for the same reason as {@link #click}. */
    public String text(String css) {
        return waitFor("the text of " + css, d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** Resizes the window, e.g. to a phone's width to check the narrow layout. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(20), what, condition);
    }

    /** Waits at most the timeout, e.g. to prove that a push shows within a second or two. */
    public <T> T waitFor(Duration timeout, String what, Function<WebDriver, T> condition) {
        return waitFor(timeout, () -> what, condition);
    }

    /** Waits, and says what it waited for as the page then is (what it shows instead). */
    public <T> T waitFor(Supplier<String> what, Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(20), what, condition);
    }

    private <T> T waitFor(Duration timeout, Supplier<String> what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .withMessage(() -> "waiting " + timeout.toSeconds() + " s for " + what.get())
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
