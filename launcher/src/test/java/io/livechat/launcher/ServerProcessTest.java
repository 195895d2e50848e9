package io.livechat.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

    private static final ServerFiles FILES = new ServerFiles(Path.of("/opt/server/payara-micro.jar"),
            Path.of("/opt/server/mariadb-java-client.jar"), Path.of("/opt/server/livechat.war"), Path.of("/opt/server/domain.xml"));
    private static final DbConnection DB = new DbConnection("jdbc:mariadb://127.0.0.1:3307/livechat", "livechat", "s3cret");

    @Test
    void databaseSettingsGoThroughTheEnvironmentNotTheCommandLine() {
        LaunchSettings settings = LaunchSettings.from(Map.of(), "/home/ann");

        List<String> command = ServerProcess.command(FILES, settings, Path.of("/data/payara"), Path.of("/data/tmp"));
        Map<String, String> env = ServerProcess.environment(settings, DB);

        assertTrue(command.stream().noneMatch(argument -> argument.contains("s3cret") || argument.contains("jdbc:")));
        assertEquals("s3cret", env.get("LIVECHAT_DB_PASSWORD"));
        assertEquals("livechat", env.get("LIVECHAT_DB_USER"));
        assertEquals(DB.url(), env.get("LIVECHAT_DB_URL"));
    }

    @Test
    void embeddedRunDeploysAtTheRootWithDemoDataOnLoopbackAndNoCluster() {
        LaunchSettings settings = LaunchSettings.from(Map.of(), "/home/ann");

        List<String> command = ServerProcess.command(FILES, settings, Path.of("/data/payara"), Path.of("/data/tmp"));
        Map<String, String> env = ServerProcess.environment(settings, DB);

        assertTrue(String.join(" ", command).contains("--deploy /opt/server/livechat.war --contextroot / --port 8080"));
        assertTrue(command.contains("-Djava.io.tmpdir=/data/tmp"));
        assertTrue(String.join(" ", command).contains("--rootdir /data/payara"));
        assertTrue(command.contains("--nocluster"));
        assertTrue(command.indexOf("-Dhazelcast.socket.bind.any=false") < command.indexOf("-jar"), "a JVM option");
        assertEquals(List.of("set hazelcast-runtime-configuration.interface=127.0.0.1"), ServerProcess.preBootCommands(settings));
        assertEquals("true", env.get("LIVECHAT_DEMO_DATA"));
        assertEquals("127.0.0.1", env.get("LIVECHAT_HTTP_ADDRESS"));
    }

    @Test
    void theBootCommandsKeepTheListenerClosedAndRunTheOtherCommands(@TempDir Path dir) throws IOException {
        ListenerCommands.writeTo(dir, List.of(ServerProcess.LOOPBACK_DATA_GRID));

        assertEquals(List.of("set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled=false",
                ServerProcess.LOOPBACK_DATA_GRID), Files.readAllLines(dir.resolve(ListenerCommands.CLOSE)));
    }

    @Test
    void externalRunHasNoDemoDataAndJoinsTheConfiguredCluster() {
        LaunchSettings settings = LaunchSettings.from(Map.of("LIVECHAT_DB_URL", DB.url(), "LIVECHAT_DB_USER", "u",
                "LIVECHAT_DB_PASSWORD", "p", "LIVECHAT_CLUSTER", "tcpip:10.0.0.1:6900"), "/home/ann");

        List<String> command = ServerProcess.command(FILES, settings, Path.of("/data/payara"), Path.of("/data/tmp"));
        Map<String, String> env = ServerProcess.environment(settings, settings.externalDb());

        assertTrue(String.join(" ", command).endsWith("--clustermode tcpip:10.0.0.1:6900"));
        assertFalse(command.contains("--nocluster"));
        assertFalse(command.contains("-Dhazelcast.socket.bind.any=false"), "a cluster's data grid listens where others reach it");
        assertEquals(List.of(), ServerProcess.preBootCommands(settings));
        assertNull(env.get("LIVECHAT_DEMO_DATA"));
        assertEquals("0.0.0.0", env.get("LIVECHAT_HTTP_ADDRESS"));
    }
}
