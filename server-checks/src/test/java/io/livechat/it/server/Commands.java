package io.livechat.it.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a server's command line tools, each with its output in a log file of its own. */
final class Commands {

    private Commands() {
    }

    /**
     * Runs the command with the build's environment less its {@code LIVECHAT_*} variables, plus
     * {@code env}, and waits for it.
     *
     * @throws IOException when it fails or outlasts the timeout (which kills it), with its output's end
     */
    static void run(List<String> command, Map<String, String> env, Path log, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LIVECHAT_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new IOException(String.join(" ", command) + " took longer than " + timeout + ":\n" + tail(log, 40));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + tail(log, 40));
        }
    }

    /** The file's last lines, or why there are none. */
    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + file + ": " + e.getMessage() + ")";
        }
    }
}
