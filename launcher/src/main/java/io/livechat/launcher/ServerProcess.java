package io.livechat.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara Micro with the application, as a child process that shares the launcher's console.
 * Database settings go through the child's environment, never its command line, which anyone on the
 * machine can read with ps.
 */
final class ServerProcess {

    private static final Logger LOG = Logger.getLogger(ServerProcess.class.getName());
    static final long STOP_TIMEOUT_SECONDS = 30;
    static final String LOOPBACK_DATA_GRID = "set hazelcast-runtime-configuration.interface=127.0.0.1";
    private static final String BIND_ANY = "hazelcast.socket.bind.any";

    private final Process process;

    private ServerProcess(Process process) {
        this.process = process;
    }

    static ServerProcess start(ServerFiles files, LaunchSettings settings, DbConnection db) throws IOException {
        Path rootDir = settings.dataDir().resolve("payara");
        Path tmpDir = settings.dataDir().resolve("tmp");
        // Scratch space: an exploded application left from an older build must not be served.
        Directories.recreate(rootDir);
        Directories.recreate(tmpDir);
        ListenerCommands.writeTo(tmpDir, preBootCommands(settings));
        ServerLogging.writeTo(tmpDir, settings.serverLog());
        ProcessBuilder builder = new ProcessBuilder(command(files, settings, rootDir, tmpDir))
                .directory(settings.dataDir().toFile())
                .inheritIO();
        builder.environment().putAll(environment(settings, db));
        Process process = builder.start();
        LOG.log(Level.INFO, "Payara Micro started as process {0,number,#}", process.pid());
        return new ServerProcess(process);
    }

    static List<String> command(ServerFiles files, LaunchSettings settings, Path rootDir, Path tmpDir) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmpDir));
        if (settings.clusterMode() == null) {
            // Hazelcast binds every interface whatever interface it is given, unless this is false;
            // then it binds the one of preBootCommands alone.
            command.add("-D" + BIND_ANY + "=false");
        }
        command.addAll(List.of("-jar", files.payaraMicro().toString(),
                "--domainconfig", files.domainConfig().toString(),
                "--addlibs", files.jdbcDriver().toString(),
                "--deploy", files.war().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--rootdir", rootDir.toString(),
                "--logproperties", tmpDir.resolve(ServerLogging.PROPERTIES).toString(),
                "--prebootcommandfile", tmpDir.resolve(ListenerCommands.CLOSE).toString(),
                "--postdeploycommandfile", tmpDir.resolve(ListenerCommands.OPEN).toString()));
        if (settings.clusterMode() == null) {
            command.add("--nocluster");
        } else {
            command.addAll(List.of("--clustermode", settings.clusterMode()));
        }
        return command;
    }

    /**
     * A single node keeps its data grid (Hazelcast, which Payara Micro starts even with --nocluster and
     * which listens on 6900 and up) on loopback: nobody else may join it or reach its port. Payara
     * Micro's --interfaces option is ignored with --nocluster, so the node's interface is set here.
     */
    static List<String> preBootCommands(LaunchSettings settings) {
        return settings.clusterMode() == null ? List.of(LOOPBACK_DATA_GRID) : List.of();
    }

    // Read by domain.xml (${MPCONFIG=livechat.db.url}, ${ENV=LIVECHAT_HTTP_ADDRESS}) and by the application.
    static Map<String, String> environment(LaunchSettings settings, DbConnection db) {
        Map<String, String> env = new HashMap<>(Map.of(
                "LIVECHAT_DB_URL", db.url(),
                "LIVECHAT_DB_USER", db.user(),
                "LIVECHAT_DB_PASSWORD", db.password(),
                "LIVECHAT_HTTP_ADDRESS", settings.httpAddress()));
        if (settings.embedded()) {
            env.put("LIVECHAT_DEMO_DATA", "true");
        }
        return env;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * Asks Payara to shut down, and kills it when it has not within 30 seconds.
     *
     * @return false when it had to be killed
     */
    boolean stop() {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            if (process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
