package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server checks on WildFly 39 with {@code standalone-full.xml}, installed from its stock
 * distribution as the README's "WildFly" section says: a real MariaDB, {@code deploy/wildfly/install.sh}
 * with the settings and the first admin (twice: the second run must change nothing), then
 * {@code bin/standalone.sh -c standalone-full.xml}. Everything lives in {@code target/server-checks};
 * the server's log is {@code wildfly/wildfly-39.0.1.Final/standalone/log/server.log} there, the
 * commands' output in {@code logs/}.
 */
class WildFlyIT extends ServerChecks {

    private static final Path DIR = Path.of(System.getProperty("livechat.checks.dir", "target/server-checks"));
    private static final Path INSTALL = Path.of(System.getProperty("livechat.checks.wildfly.install", "../deploy/wildfly/install.sh"));
    private static final String CONFIG = "standalone-full.xml";
    private static final String ADMIN = "checks-admin";

    private final String adminPassword = "checks-" + UUID.randomUUID();
    private EmbeddedMariaDb db;
    private WildFlyServer wildfly;
    private String installedOnce;
    private String installedTwice;

    @BeforeAll
    void install() throws Exception {
        Path data = DIR.resolve("mariadb-wildfly");
        EmbeddedMariaDb.deleteData(data);
        db = EmbeddedMariaDb.start(data, 0, "checks-db-" + UUID.randomUUID());
        wildfly = WildFlyServer.fresh(DIR.resolve("wildfly-dist.zip"), DIR.resolve("wildfly"), DIR.resolve("logs-wildfly"));
        Map<String, String> settings = WildFlyServer.settings(DIR, db, ADMIN, adminPassword);
        wildfly.install(INSTALL, settings, "install.log");
        installedOnce = wildfly.configurationSha256(CONFIG);
        wildfly.install(INSTALL, settings, "install-again.log");
        installedTwice = wildfly.configurationSha256(CONFIG);
        wildfly.start(CONFIG);
    }

    @AfterAll
    void stop() {
        if (wildfly != null) {
            wildfly.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Override
    protected Installed server() {
        return new Installed(wildfly.base(), ADMIN, adminPassword);
    }

    @Test
    void aSecondInstallWithTheSameSettingsLeavesTheConfigurationAsItWas() {
        assertEquals(installedOnce, installedTwice, CONFIG + "'s SHA-256 after the first and the second install.sh");
    }
}
