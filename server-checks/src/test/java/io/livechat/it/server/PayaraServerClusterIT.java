package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.embedded.EmbeddedMariaDb;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Fixture;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * A Payara Server cluster as the README's "A Payara Server cluster" says: one fresh domain and two
 * instances of its deployment group on this host, made by {@code deploy/payara/install.sh} with
 * {@code LIVECHAT_PAYARA_INSTANCES}, on one database. What an agent does on instance A reaches a
 * visitor's widget on instance B exactly once (the cluster relay's clustered CDI events over the data
 * grid); a console session signed in on A goes on on B (replicated sessions); then B is killed and A
 * carries on alone. Logs in {@code target/server-checks/logs-payara-cluster/} and the instances' own in
 * {@code payara6/glassfish/nodes/localhost-domain1/*}{@code /logs/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class PayaraServerClusterIT {

    private static final Path DIR = Path.of(System.getProperty("livechat.checks.dir", "target/server-checks"));
    private static final Path INSTALL = Path.of(System.getProperty("livechat.checks.install", "../deploy/payara/install.sh"));
    private static final String ADMIN = "cluster-admin";

    private final String adminPassword = "cluster-" + UUID.randomUUID();
    private EmbeddedMariaDb db;
    private PayaraServer das;
    private PayaraInstance a;
    private PayaraInstance b;
    private Fixture atA;

    @BeforeAll
    void startTwoInstances() throws Exception {
        Path data = DIR.resolve("mariadb-payara-cluster");
        EmbeddedMariaDb.deleteData(data);
        db = EmbeddedMariaDb.start(data, 0, "cluster-db-" + UUID.randomUUID());
        das = PayaraServer.freshDomain(DIR.resolve("payara6"), DIR.resolve("logs-payara-cluster"));
        a = das.instance("a");
        b = das.instance("b");
        Map<String, String> settings = das.settings(DIR, db, ADMIN, adminPassword);
        settings.put("LIVECHAT_PAYARA_INSTANCES", a.setting() + "," + b.setting());
        das.install(INSTALL, settings, "install.log");
        das.startDomain();
        // One after the other: the first migrates the schema and makes the first admin, the second finds them done.
        das.start(a);
        das.start(b);
        atA = Fixture.at(ServerChecks.url(a.base()), ADMIN, adminPassword);
    }

    @AfterAll
    void stop() {
        for (PayaraInstance instance : new PayaraInstance[] {a, b}) {
            if (instance != null) {
                instance.kill();
            }
        }
        if (das != null) {
            das.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    @Order(1)
    void bothInstancesAreReadyAndTheDomainRunsNoLiveChat() {
        for (PayaraInstance instance : new PayaraInstance[] {a, b}) {
            ApiResponse ready = Api.at(ServerChecks.url(instance.base())).get("health/ready");
            assertEquals(200, ready.status(), () -> instance.name() + ": " + ready);
        }
        // Not health/ready: the domain's own MicroProfile Health answers that, with no checks.
        ApiResponse onDas = Api.at(ServerChecks.url(das.base())).get("login.xhtml");
        assertEquals(404, onDas.status(), () -> "the EAR is the deployment group's, not the domain's: " + onDas);
    }

    @Test
    @Order(2)
    void theDataGridListensOnLoopbackOnly() throws IOException {
        try (Socket grid = new Socket()) {
            grid.connect(new InetSocketAddress("127.0.0.1", a.dataGridPort()), 2_000);
        }
        InetAddress outside = nonLoopbackAddress().orElse(null);
        Assumptions.assumeTrue(outside != null, "this machine has no address but loopback");
        assertThrows(IOException.class, () -> {
            try (Socket grid = new Socket()) {
                grid.connect(new InetSocketAddress(outside, a.dataGridPort()), 2_000);
            }
        }, () -> "instance a's data grid port " + a.dataGridPort() + " answers on " + outside);
    }

    @Test
    @Order(3)
    void anAgentOnAReachesTheVisitorsWidgetOnBExactlyOnce() throws Exception {
        long bot = atA.bot("Payara cluster");
        Api agent = atA.onlineAgent("agent", bot);
        try (WidgetHandover walk = WidgetHandover.begin(atA, agent, b.base(), bot)) {
            String text = walk.takeReplyAndResolve("From instance A");
            Thread.sleep(1_000);
            assertEquals(1, walk.received(text), () -> "once, not once per instance: " + walk.visitor.messages());
            assertEquals(1, walk.received("You are being transferred to Agent"), () -> walk.visitor.messages().toString());
        }
    }

    @Test
    @Order(4)
    void aConsoleSessionSignedInOnAGoesOnOnB() throws Exception {
        long bot = atA.bot("Payara cluster console");
        String agent = atA.person("agent", "AGENT", bot);
        ConsoleSession onA = ConsoleSession.signIn(a.base(), agent, Fixture.PASSWORD);
        ConsoleSession.Page dashboard = onA.get("console/index.xhtml");
        assertTrue(dashboard.status() == 200 && dashboard.body().contains(agent), dashboard::toString);

        ConsoleSession onB = onA.at(b.base());
        ConsoleSession.Page there = onB.get("console/index.xhtml");
        assertEquals(200, there.status(), there::toString);
        assertTrue(there.body().contains(agent), () -> "B knows who signed in on A, no login page: " + there);

        // The view of A's page, its state in the session, posted to B: B finds it and runs the button.
        boolean online = dashboard.body().contains("Go offline");
        ConsoleSession.Page toggled = onB.click(dashboard, "presence", "presence:toggle");
        assertEquals(200, toggled.status(), toggled::toString);
        assertFalse(toggled.body().contains("Page expired"), toggled::toString);
        assertTrue(toggled.body().contains(online ? "Go online" : "Go offline"), () -> "the presence toggled: " + toggled);

        try (ConsoleSession.PushSocket push = onB.openPush("console/index.xhtml")) {
            long handover = atA.handover(bot, atA.botToken(bot)).getJsonNumber("id").longValue();
            JsonObject event = push.await(frame -> "handover".equals(frame.getString("type", ""))
                    && frame.getJsonNumber("handoverId").longValue() == handover, "the push of a handover made on A");
            assertEquals(bot, event.getJsonNumber("botId").longValue(), event::toString);
        }
    }

    @Test
    @Order(5)
    void whenBIsKilledACarriesOn() throws Exception {
        b.kill();
        assertFalse(b.running(), "instance b's JVM is gone");
        long bot = atA.bot("After B");
        Api agent = atA.onlineAgent("agent", bot);
        try (WidgetHandover walk = WidgetHandover.begin(atA, agent, a.base(), bot)) {
            String text = walk.takeReplyAndResolve("Still here");
            assertEquals(1, walk.received(text), () -> walk.visitor.messages().toString());
        }
        ApiResponse ready = Api.at(ServerChecks.url(a.base())).get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(network -> {
            try {
                return network.isUp() && !network.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
    }
}
