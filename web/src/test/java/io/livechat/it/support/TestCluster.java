package io.livechat.it.support;

import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The data grids of this test run, picked before the first test, each by TCP/IP on loopback ports and
 * under a cluster name no other run has, so servers of test runs side by side on one machine never join
 * each other: one for the server most tests share ({@link SharedServer}) and the second node a test
 * may start beside it ({@link MicroNode#second}), and one for a server Arquillian starts for a test with
 * a deployment of its own (arquillian.xml), which runs while the shared server idles and must not
 * become a member of its cluster.
 */
public class TestCluster implements LauncherSessionListener {

    /** The data grid port of a server Arquillian starts. */
    public static final String PORT = "livechat.test.cluster.port";
    /** The data grid port of the shared server. */
    public static final String SHARED_PORT = "livechat.test.cluster.shared.port";
    /** The data grid port of a second node, the other member the shared server looks for. */
    public static final String PEER_PORT = "livechat.test.cluster.peer.port";
    public static final String NAME = "livechat.test.cluster.name";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PORT) != null) {
            return;
        }
        int[] ports = LoopbackPorts.free(3);
        System.setProperty(PORT, String.valueOf(ports[0]));
        System.setProperty(SHARED_PORT, String.valueOf(ports[1]));
        System.setProperty(PEER_PORT, String.valueOf(ports[2]));
        System.setProperty(NAME, "livechat-it-" + UUID.randomUUID());
    }

    public static int sharedPort() {
        return Integer.parseInt(System.getProperty(SHARED_PORT));
    }

    public static int peerPort() {
        return Integer.parseInt(System.getProperty(PEER_PORT));
    }

    /** The shared server's cluster: another name than the Arquillian servers', so they never join it. */
    public static String sharedName() {
        return System.getProperty(NAME) + "-shared";
    }
}
