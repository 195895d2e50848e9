package io.livechat.it.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A {@link ClientIT} that uses the consoles in a fresh headless Chromium per test. */
public abstract class BrowserIT extends ClientIT {

    protected Chromium browser;

    /** The application's root URL on the loopback address, ending in a slash. */
    protected String site;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Chromium(getClass().getSimpleName());
        site = Api.site(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
