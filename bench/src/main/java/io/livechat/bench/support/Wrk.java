package io.livechat.bench.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's wrk with bench/wrk/bench.lua. Two threads: the machine has two cores, shared with the
 * server. The timeout is long so that slow answers count in the percentiles instead of vanishing as
 * timeouts. Each run's full output is kept in the run directory.
 */
public final class Wrk {

    private static final int THREADS = 2;

    private final Path script;
    private final Path runDir;

    public Wrk(Path script, Path runDir) {
        this.script = script;
        this.runDir = runDir;
    }

    /** Runs wrk against the URL; with {@code bodies} (pre-signed webhooks) it POSTs them, else it GETs the URL. */
    public WrkResult run(String name, String url, int connections, Duration duration, Path bodies)
            throws IOException, InterruptedException {
        int threads = Math.min(THREADS, connections);
        Path output = runDir.resolve("wrk-" + name + ".txt");
        ProcessBuilder builder = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "60s", "-s", script.toString(), url))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("BENCH_THREADS", Integer.toString(threads));
        builder.environment().put("BENCH_BODIES", bodies == null ? "" : bodies.toString());
        int exit = builder.start().waitFor();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IOException("wrk exited with " + exit + ": " + text.strip());
        }
        return WrkResult.parse(text).orElseThrow(() -> new IOException("wrk printed no BENCH line: " + text.strip()));
    }
}
