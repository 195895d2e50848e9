package io.livechat.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** /proc/loadavg: the machine is shared, so every figure says how busy it was. */
public final class LoadAverage {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private LoadAverage() {
    }

    /** The three load averages (1, 5, 15 minutes), as the kernel prints them. */
    public static String all() {
        String[] fields = fields();
        return fields.length < 3 ? "n/a" : fields[0] + " " + fields[1] + " " + fields[2];
    }

    public static String oneMinute() {
        String[] fields = fields();
        return fields.length < 1 ? "n/a" : fields[0];
    }

    private static String[] fields() {
        try {
            return Files.readString(LOADAVG).strip().split("\\s+");
        } catch (IOException e) {
            return new String[0];
        }
    }
}
