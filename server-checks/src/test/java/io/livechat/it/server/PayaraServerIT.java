package io.livechat.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.embedded.EmbeddedMariaDb;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
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
    // Overrides the EAR's own default (urn:livechat, its microprofile-config.properties).
    private static final String ISSUER = "urn:livechat:server-checks";

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
        Map<String, String> settings = payara.settings(DIR, db, ADMIN, adminPassword);
        settings.put("LIVECHAT_JWT_ISSUER", ISSUER);
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

    @Test
    void aSettingOfTheInstallOverridesTheDefaultTheEarShips() {
        ApiResponse token = Api.at(url()).post("api/v1/auth/token",
                Json.createObjectBuilder().add("username", ADMIN).add("password", adminPassword).build());
        assertEquals(200, token.status(), token::toString);
        String payload = token.object().getString("access_token").split("\\.")[1];
        JsonObject claims = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))).readObject();
        assertEquals(ISSUER, claims.getString("iss"), "LIVECHAT_JWT_ISSUER as the token's issuer");
    }

    private URL url() {
        try {
            return payara.base().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
