package io.livechat.it.whatsapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setProperty(PROPERTY, String.valueOf(socket.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int port() {
        return Integer.parseInt(System.getProperty(PROPERTY));
    }
}
