package io.livechat.bench.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("jcmd", Long.toString(pid), command)).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
