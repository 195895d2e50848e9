package io.livechat.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What bench/run passes on: where the server and its database are, where its log and process are
 * (when the harness started it), and the sizes. {@code --quick} picks sizes for a CI-sized run; any
 * size given explicitly wins over both defaults.
 */
public record Options(String url, String dbUrl, String dbUser, String dbPassword, String appSecret,
               long serverPid, Path serverLog, Path runDir, Path wrkScript, boolean quick,
               List<Integer> pendingSizes, int sockets, int ingestSeconds, int steadyRate, int steadySeconds,
               int drainSeconds, int raceRounds, int agents, int replies, int commitSeconds,
               long startupMillis, long readyMillis, Set<String> only, String label, boolean reports) {

    static final List<String> PHASES = List.of("commit", "ingest", "steady", "race", "reply", "sockets", "lists");

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + name);
            }
            if (name.equals("--quick") || name.equals("--reports")) {
                given.put(name.substring(2), "true");
            } else if (i + 1 < args.length) {
                given.put(name.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        boolean quick = given.containsKey("quick");
        String only = given.getOrDefault("only", String.join(",", PHASES));
        for (String phase : only.split(",")) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("--only takes " + PHASES + ", not " + phase);
            }
        }
        return new Options(
                required(given, "url"), required(given, "db-url"), required(given, "db-user"),
                required(given, "db-password"), required(given, "app-secret"),
                Long.parseLong(given.getOrDefault("server-pid", "0")),
                given.containsKey("server-log") ? Path.of(given.get("server-log")) : null,
                Path.of(required(given, "run-dir")), Path.of(required(given, "wrk-script")), quick,
                Arrays.stream(given.getOrDefault("sizes", quick ? "1000,5000" : "1000,10000,50000").split(","))
                        .map(String::strip).map(Integer::valueOf).sorted().toList(),
                number(given, "sockets", quick ? 1000 : 10000),
                number(given, "ingest-seconds", quick ? 5 : 20),
                number(given, "steady-rate", 300),
                number(given, "steady-seconds", quick ? 10 : 30),
                number(given, "drain-seconds", quick ? 45 : 300),
                number(given, "race-rounds", quick ? 5 : 20),
                number(given, "agents", 50),
                number(given, "replies", quick ? 50 : 200),
                number(given, "commit-seconds", quick ? 3 : 10),
                Long.parseLong(given.getOrDefault("startup-ms", "-1")),
                Long.parseLong(given.getOrDefault("ready-ms", "-1")),
                Set.of(only.split(",")),
                given.getOrDefault("label", ""),
                given.containsKey("reports"));
    }

    public boolean runs(String phase) {
        return only.contains(phase);
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is needed");
        }
        return value;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        return given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
    }
}
