package io.livechat.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void withoutADatabaseUrlRunsItsOwnDatabaseOnLoopbackOnly() {
        LaunchSettings settings = LaunchSettings.from(Map.of(), "/home/ann");

        assertTrue(settings.embedded());
        assertEquals("127.0.0.1", settings.httpAddress());
        assertEquals(8080, settings.httpPort());
        assertEquals(3307, settings.embeddedDbPort());
        assertEquals(Path.of("/home/ann/.local/share/livechat"), settings.dataDir());
        assertNull(settings.clusterMode());
    }

    @Test
    void withADatabaseUrlUsesThatDatabaseOnAllInterfaces() {
        LaunchSettings settings = LaunchSettings.from(Map.of(
                "LIVECHAT_DB_URL", "jdbc:mariadb://db:3306/livechat",
                "LIVECHAT_DB_USER", "app",
                "LIVECHAT_DB_PASSWORD", "secret"), "/home/ann");

        assertFalse(settings.embedded());
        assertEquals(new DbConnection("jdbc:mariadb://db:3306/livechat", "app", "secret"), settings.externalDb());
        assertEquals("0.0.0.0", settings.httpAddress());
    }

    @Test
    void aDatabaseUrlWithoutCredentialsIsRefused() {
        Map<String, String> env = Map.of("LIVECHAT_DB_URL", "jdbc:mariadb://db:3306/livechat");

        assertThrows(IllegalArgumentException.class, () -> LaunchSettings.from(env, "/home/ann"));
    }

    @Test
    void dataDirectoryFollowsXdgUnlessGivenExplicitly() {
        assertEquals(Path.of("/xdg/livechat"),
                LaunchSettings.from(Map.of("XDG_DATA_HOME", "/xdg"), "/home/ann").dataDir());
        assertEquals(Path.of("/home/ann/.local/share/livechat"),
                LaunchSettings.from(Map.of("XDG_DATA_HOME", "relative"), "/home/ann").dataDir());
        assertEquals(Path.of("/srv/chat"),
                LaunchSettings.from(Map.of("XDG_DATA_HOME", "/xdg", "LIVECHAT_DATA_DIR", "/srv/chat"), "/home/ann").dataDir());
    }

    @Test
    void portsAndClusterComeFromTheEnvironment() {
        LaunchSettings settings = LaunchSettings.from(Map.of(
                "LIVECHAT_HTTP_PORT", "9090",
                "LIVECHAT_EMBEDDED_DB_PORT", "3400",
                "LIVECHAT_CLUSTER", "tcpip:10.0.0.1:6900,10.0.0.2:6900"), "/home/ann");

        assertEquals(9090, settings.httpPort());
        assertEquals(3400, settings.embeddedDbPort());
        assertEquals("tcpip:10.0.0.1:6900,10.0.0.2:6900", settings.clusterMode());
    }

    @Test
    void aPortThatIsNoNumberIsRefusedWithTheSettingName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("LIVECHAT_HTTP_PORT", "http"), "/home/ann"));

        assertTrue(refused.getMessage().contains("LIVECHAT_HTTP_PORT"));
    }

    @Test
    void theDatabasePasswordIsNotPrinted() {
        assertFalse(new DbConnection("jdbc:mariadb://db/livechat", "app", "secret").toString().contains("secret"));
    }
}
