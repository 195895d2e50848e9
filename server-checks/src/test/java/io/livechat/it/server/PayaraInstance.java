package io.livechat.it.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An instance of a Payara Server domain on the domain's own node, as {@code deploy/payara/install.sh}
 * makes it from {@code LIVECHAT_PAYARA_INSTANCES}: its ports derive from one port base, as the script
 * derives them. {@link PayaraServer} creates, starts and stops it.
 */
final class PayaraInstance {

    private static final Logger LOG = Logger.getLogger(PayaraInstance.class.getName());
    // The script's offsets: HTTP as create-instance --portbase, the data grid as create-domain --portbase.
    private static final int HTTP_OFFSET = 80;
    private static final int DATA_GRID_OFFSET = 59;

    private final String name;
    private final Path dir;
    private final int portBase;

    PayaraInstance(String name, Path dir, int portBase) {
        this.name = name;
        this.dir = dir;
        this.portBase = portBase;
    }

    String name() {
        return name;
    }

    /** Its entry in {@code LIVECHAT_PAYARA_INSTANCES}. */
    String setting() {
        return name + ":" + portBase;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + (portBase + HTTP_OFFSET) + "/");
    }

    int dataGridPort() {
        return portBase + DATA_GRID_OFFSET;
    }

    Path serverLog() {
        return dir.resolve("logs/server.log");
    }

    /** Kills the instance's JVM at once, as a crashed machine would: no shutdown, no goodbye to the data grid. */
    void kill() {
        process().ifPresent(jvm -> {
            jvm.destroyForcibly();
            try {
                jvm.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "{0} did not end: {1}", new Object[] {name, e.getMessage()});
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    boolean running() {
        return process().isPresent();
    }

    /** The JVM its pid file names (Payara writes it at start and removes it at a clean stop), if it still runs. */
    private Optional<ProcessHandle> process() {
        return pid(dir.resolve("config/pid")).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    static Optional<Long> pid(Path pidFile) {
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Unreadable {0}: {1}", new Object[] {pidFile, e.getMessage()});
            return Optional.empty();
        }
    }
}
