package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server checks on Payara Server 6, installed from its stock distribution as the README's "Payara
 * Server" section says: a real MariaDB, {@code deploy/payara/install.sh} with the settings and the first
 * admin (twice: the second run must change nothing), {@code asadmin start-domain}. Everything lives in
 * {@code target/server-checks}; the server's log is {@code payara6/glassfish/domains/domain1/logs/server.log}
 * there, the commands' output in {@code logs/}.
 */
class PayaraServerIT extends ServerChecks {

    private static final Path DIR = Path.of(System.getProperty("livechat.checks.dir", "target/server-checks"));
    private static final Path INSTALL = Path.of(System.getProperty("livechat.checks.install", "../deploy/payara/install.sh"));
    private static final String ADMIN = "checks-admin";

    private final String adminPassword = "checks-" + UUID.randomUUID();
    private EmbeddedMariaDb db;
    private PayaraServer payara;
    private String installedOnce;
    private String installedTwice;

    @BeforeAll
    void install() throws Exception {
        Path data = DIR.resolve("mariadb");
        EmbeddedMariaDb.deleteData(data);
        db = EmbeddedMariaDb.start(data, 0, "checks-db-" + UUID.randomUUID());
        payara = PayaraServer.freshDomain(DIR.resolve("payara6"), DIR.resolve("logs"));
        Map<String, String> settings = settings();
        payara.install(INSTALL, settings, "install.log");
        installedOnce = payara.domainXmlSha256();
        payara.install(INSTALL, settings, "install-again.log");
        installedTwice = payara.domainXmlSha256();
        payara.start();
    }

    @AfterAll
    void stop() {
        if (payara != null) {
            payara.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Override
    protected Installed server() {
        return new Installed(payara.base(), ADMIN, adminPassword);
    }

    @Test
    void aSecondInstallWithTheSameSettingsLeavesDomainXmlAsItWas() {
        assertEquals(installedOnce, installedTwice, "domain.xml's SHA-256 after the first and the second install.sh");
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("LIVECHAT_DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + EmbeddedMariaDb.DATABASE);
        settings.put("LIVECHAT_DB_USER", db.user());
        settings.put("LIVECHAT_DB_PASSWORD", db.password());
        settings.put("LIVECHAT_HTTP_PORT", Integer.toString(payara.httpPort()));
        settings.put("LIVECHAT_HTTP_ADDRESS", "127.0.0.1");
        settings.put("LIVECHAT_EAR", DIR.resolve("livechat.ear").toString());
        settings.put("LIVECHAT_JDBC_DRIVER", DIR.resolve("mariadb-java-client.jar").toString());
        settings.put("LIVECHAT_BOOTSTRAP_ADMIN", ADMIN);
        settings.put("LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return settings;
    }
}
