package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.embedded.EmbeddedMariaDb;
import io.livechat.it.livechat.RoundRobinChat;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Fixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two WildFly nodes of one cluster ({@code standalone-full-ha.xml}) on one database, each installed
 * by {@code deploy/wildfly/install.sh} with {@code LIVECHAT_CLUSTER} naming both and one messaging
 * cluster password: what an agent does on node A reaches a visitor's widget on node B exactly once
 * (the cluster relay's topic, carried between the nodes by Artemis' cluster connection); then B is
 * killed and A carries on alone. The agent's console behind a round-robin balancer, on node A once B
 * is killed mid-chat ({@link RoundRobinChat}), waits here for WildFly to take one session's requests
 * on two nodes at once (README, "WildFly").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class WildFlyClusterIT {

    private static final Path DIR = Path.of(System.getProperty("livechat.checks.dir", "target/server-checks"));
    private static final Path INSTALL = Path.of(System.getProperty("livechat.checks.wildfly.install", "../deploy/wildfly/install.sh"));
    private static final String CONFIG = "standalone-full-ha.xml";
    private static final String ADMIN = "cluster-admin";

    private final String adminPassword = "cluster-" + UUID.randomUUID();
    private EmbeddedMariaDb db;
    private WildFlyServer nodeA;
    private WildFlyServer nodeB;
    private Fixture atA;

    @BeforeAll
    void startTwoNodes() throws Exception {
        Path data = DIR.resolve("mariadb-wildfly-cluster");
        EmbeddedMariaDb.deleteData(data);
        db = EmbeddedMariaDb.start(data, 0, "cluster-db-" + UUID.randomUUID());
        Path zip = DIR.resolve("wildfly-dist.zip");
        nodeA = WildFlyServer.fresh(zip, DIR.resolve("wildfly-a"), DIR.resolve("logs-wildfly-a"));
        do {
            if (nodeB != null) {
                nodeB.close();
            }
            nodeB = WildFlyServer.fresh(zip, DIR.resolve("wildfly-b"), DIR.resolve("logs-wildfly-b"));
        } while (nodeB.clusterAddress().equals(nodeA.clusterAddress()));
        Map<String, String> settings = settings();
        nodeA.install(INSTALL, settings, "install.log");
        nodeB.install(INSTALL, settings, "install.log");
        // One node migrates the schema and creates the first admin; the other finds them done.
        nodeA.start(CONFIG, "-Djboss.node.name=a");
        nodeB.start(CONFIG, "-Djboss.node.name=b");
        atA = Fixture.at(ServerChecks.url(nodeA.base()), ADMIN, adminPassword);
    }

    @AfterAll
    void stop() {
        for (WildFlyServer node : new WildFlyServer[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    @Order(1)
    void anAgentOnNodeAReachesTheVisitorsWidgetOnNodeBExactlyOnce() throws Exception {
        long bot = atA.bot("Cluster");
        Api agent = atA.onlineAgent("agent", bot);
        try (WidgetHandover walk = WidgetHandover.begin(atA, agent, nodeB.base(), bot)) {
            walk.assign();
            String text = "From node A, " + Fixture.unique();
            walk.reply(text);
            walk.resolve();
            Thread.sleep(1_000);
            assertEquals(1, walk.received(text), () -> "once, not once per node: " + walk.visitor.messages());
            assertEquals(1, walk.received("You are being transferred to Agent"), () -> walk.visitor.messages().toString());
        }
    }

    @Test
    @Order(2)
    @Disabled("Two requests of one session at once on two nodes (a page and its scripts) can wait 15 s for each other's"
            + " Infinispan locks, and the one that gives up loses its session changes (ISPN000299): passed 2 runs of 5"
            + " with WildFly's stock settings (README, 'WildFly'); enable it to check a change to WildFly's session management")
    void anAgentsConsoleGoesOnBehindARoundRobinBalancerAndWhenNodeBIsKilled() throws Exception {
        RoundRobinChat.walk(atA, ServerChecks.url(nodeA.base()), ServerChecks.url(nodeB.base()), nodeB::kill);
    }

    @Test
    @Order(3)
    void whenNodeBIsKilledNodeACarriesOn() throws Exception {
        // Killed in the middle of the console's chat already, unless that test stopped before.
        nodeB.kill();
        long bot = atA.bot("After B");
        Api agent = atA.onlineAgent("agent", bot);
        try (WidgetHandover walk = WidgetHandover.begin(atA, agent, nodeA.base(), bot)) {
            walk.assign();
            String text = "Still here, " + Fixture.unique();
            walk.reply(text);
            assertEquals(1, walk.received(text), () -> walk.visitor.messages().toString());
        }
        ApiResponse ready = Api.at(ServerChecks.url(nodeA.base())).get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
    }

    private Map<String, String> settings() {
        Map<String, String> settings = WildFlyServer.settings(DIR, db, ADMIN, adminPassword);
        settings.put("LIVECHAT_CLUSTER", "tcpip:" + nodeA.clusterAddress() + "," + nodeB.clusterAddress());
        settings.put("LIVECHAT_CLUSTER_PASSWORD", "cluster-" + UUID.randomUUID());
        return settings;
    }
}
