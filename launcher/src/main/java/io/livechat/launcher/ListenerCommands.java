package io.livechat.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the HTTP port closed until the application is deployed. Payara Micro opens its listener
 * before it deploys, and for the ~10 s in between it answers the webhooks and the consoles with its
 * own 404 and 500 pages, which no code of ours can change. A closed port is what a caller (a load
 * balancer, Meta's webhook delivery) already treats as "not up yet, try later".
 */
final class ListenerCommands {

    static final String CLOSE = "close-http-listener.asadmin";
    static final String OPEN = "open-http-listener.asadmin";

    /** The listener of the project's domain.xml that serves HTTP. */
    private static final String LISTENER =
            "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled";

    private ListenerCommands() {
    }

    /** Writes both files; the boot one also runs the other commands Payara must run before it boots. */
    static void writeTo(Path directory, List<String> otherPreBootCommands) throws IOException {
        StringBuilder preBoot = new StringBuilder("set " + LISTENER + "=false\n");
        otherPreBootCommands.forEach(command -> preBoot.append(command).append('\n'));
        Files.writeString(directory.resolve(CLOSE), preBoot);
        Files.writeString(directory.resolve(OPEN), "set " + LISTENER + "=true\n");
    }
}
