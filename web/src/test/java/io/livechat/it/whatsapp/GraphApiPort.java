package io.livechat.it.whatsapp;

import io.livechat.it.support.LoopbackPorts;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Picks the port the stand-in Graph API (WireMock) listens on, before the first test: the server's
 * configuration is fixed when it starts, and arquillian.xml passes it
 * {@code livechat.whatsapp.graph.url=http://127.0.0.1:${livechat.test.wiremock.port}}.
 */
public class GraphApiPort implements LauncherSessionListener {

    public static final String PROPERTY = "livechat.test.wiremock.port";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        System.setProperty(PROPERTY, String.valueOf(LoopbackPorts.free(1)[0]));
    }

    public static int port() {
        return Integer.parseInt(System.getProperty(PROPERTY));
    }
}
