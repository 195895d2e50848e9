package io.livechat.it.support;

import java.net.URL;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one Payara Micro that the tests calling the application as its clients share ({@link ClientIT}):
 * started by the first of them, stopped when the test run ends. A start and deployment takes 15 to 30 s
 * on this machine; one per test class was a third of the suite. Each test makes its own bots, people
 * and contacts ({@link Fixture#unique}), as they always shared the database; a test that needs classes
 * or pages of its own in the WAR has an Arquillian deployment instead. Its log is
 * {@code target/shared-server/server.log}.
 */
public class SharedServer implements LauncherSessionListener {

    /**
     * Heap beyond arquillian.xml's: it keeps every console session of the run (session timeout
     * 8 hours) where a server per class kept one class's.
     */
    private static final List<String> HEAP = List.of("-Xmx1536m");

    private static MicroNode node;
    private static AssertionError failed;

    /** The application's root URL on the shared server, started on the first call. */
    public static synchronized URL base() {
        if (failed != null) {
            // One failed start fails every test that needs it, at once and with its log, without a retry each.
            throw failed;
        }
        if (node == null) {
            try {
                node = MicroNode.start("shared-server", TestCluster.sharedPort(), HEAP);
            } catch (AssertionError e) {
                failed = e;
                throw e;
            }
        }
        return node.base();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (SharedServer.class) {
            if (node != null) {
                node.close();
                node = null;
            }
        }
    }
}
