package io.livechat.it.support;

import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The data grid of this test run, picked before the first test: the Arquillian server joins it by
 * TCP/IP on loopback ports and under a cluster name no other run has (arquillian.xml), so servers
 * of test runs side by side on one machine never join each other; a test that starts a second
 * node ({@link SecondNode}) gives it the {@link #PEER_PORT}.
 */
public class TestCluster implements LauncherSessionListener {

    /** The data grid port of the Arquillian server. */
    public static final String PORT = "livechat.test.cluster.port";
    /** The data grid port of a second node, the other member both nodes look for. */
    public static final String PEER_PORT = "livechat.test.cluster.peer.port";
    public static final String NAME = "livechat.test.cluster.name";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PORT) != null) {
            return;
        }
        int[] ports = LoopbackPorts.free(2);
        System.setProperty(PORT, String.valueOf(ports[0]));
        System.setProperty(PEER_PORT, String.valueOf(ports[1]));
        System.setProperty(NAME, "livechat-it-" + UUID.randomUUID());
    }

    public static int peerPort() {
        return Integer.parseInt(System.getProperty(PEER_PORT));
    }
}
