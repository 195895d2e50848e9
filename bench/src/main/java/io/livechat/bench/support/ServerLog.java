package io.livechat.bench.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The server's console log (the launcher's output, which Payara Micro shares), read from a mark on:
 * each phase counts what it made the server write. Lines are counted as grep -c would count them:
 * a record with a stack trace is many lines, and that is part of what the figure shows.
 */
public final class ServerLog {

    private final Path file;

    private ServerLog(Path file) {
        this.file = file;
    }

    /** The log, or null when there is none to read (a server the harness did not start). */
    public static ServerLog of(Path file) {
        return file == null ? null : new ServerLog(file);
    }

    public long mark() throws IOException {
        return Files.size(file);
    }

    /** What was written since the mark. */
    public Counts since(long mark) throws IOException {
        long severe = 0;
        long warning = 0;
        long deadlock = 0;
        long end = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(Math.min(mark, end));
            BufferedReader lines = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8), 1 << 16);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                severe += line.contains("SEVERE") ? 1 : 0;
                warning += line.contains("WARNING") ? 1 : 0;
                deadlock += line.contains("Deadlock found") ? 1 : 0;
            }
        }
        return new Counts(severe, warning, deadlock, end - mark);
    }

    /** Lines with SEVERE, with WARNING, with "Deadlock found", and bytes written. */
    public record Counts(long severe, long warning, long deadlock, long bytes) {

        public String summary() {
            return Format.count(warning) + " WARNING lines, " + Format.count(severe) + " SEVERE, "
                    + Format.bytes(bytes) + " of log";
        }
    }
}
