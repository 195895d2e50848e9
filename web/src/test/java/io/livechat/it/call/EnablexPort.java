package io.livechat.it.call;

import io.livechat.it.support.LoopbackPorts;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Picks the port the stand-in EnableX listens on, before the first test: arquillian.xml points the
 * server's {@code livechat.enablex.*} addresses at {@code http://127.0.0.1:${livechat.test.enablex.port}}.
 */
public class EnablexPort implements LauncherSessionListener {

    public static final String PROPERTY = "livechat.test.enablex.port";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, String.valueOf(LoopbackPorts.free(1)[0]));
        }
    }

    public static int port() {
        return Integer.parseInt(System.getProperty(PROPERTY));
    }
}
