package io.livechat.bench.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Payara Micro process, seen from outside: heap in use after a full GC (jcmd, as the JDK
 * ships it) and resident memory (/proc). Needs the process id and the same user.
 */
public final class ServerJvm {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    // USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK) is not reachable from Java).
    private static final int TICKS_PER_SECOND = 100;

    private final long pid;

    public ServerJvm(long pid) {
        this.pid = pid;
    }

    /** Bytes of heap in use right after a full collection. */
    public long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IOException("jcmd GC.heap_info printed no heap total/used line");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    public long residentBytes() throws IOException {
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        if (!rss.find()) {
            throw new IOException("no VmRSS for process " + pid);
        }
        return Long.parseLong(rss.group(1)) * 1024;
    }

    /**
     * Waits until the process uses less than a fifth of a core over two seconds, at most {@code max}:
     * work a measurement left queued (the current main queues every webhook in memory) must not be
     * measured as part of the next. Answers the seconds waited.
     */
    public double awaitQuiet(Duration max) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        long ticks = cpuTicks();
        while (System.nanoTime() < deadline) {
            Thread.sleep(2000);
            long now = cpuTicks();
            if ((now - ticks) / (double) TICKS_PER_SECOND / 2.0 < 0.2) {
                break;
            }
            ticks = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The CPU time the process used so far, user and system, in seconds. */
    public double cpuSeconds() throws IOException {
        return cpuTicks() / (double) TICKS_PER_SECOND;
    }

    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, counted after the command's closing parenthesis.
    private long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("jcmd", Long.toString(pid), command)).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
