package io.livechat.bench;

import io.livechat.bench.database.CommitRate;
import io.livechat.bench.handover.AssignRaceBench;
import io.livechat.bench.handover.ListBench;
import io.livechat.bench.handover.ReportsBench;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.LoadAverage;
import io.livechat.bench.report.Report;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Db;
import io.livechat.bench.support.Format;
import io.livechat.bench.support.Latencies;
import io.livechat.bench.support.ServerJvm;
import io.livechat.bench.support.ServerLog;
import io.livechat.bench.support.Wrk;
import io.livechat.bench.whatsapp.IngestBench;
import io.livechat.bench.whatsapp.SteadyRateBench;
import io.livechat.bench.widget.ReplyLatencyBench;
import io.livechat.bench.widget.SocketsBench;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The harness's measurements against a running server (bench/run starts it, or --url names one),
 * in an order that keeps them apart: the database's raw commit rate, WhatsApp ingest and
 * processing, the fixed-rate lag, the assign race, reply latency, open sockets, and last the
 * lists, whose seeded pending handovers stay. Prints the table; exits 1 when --quick finds a
 * figure far off its target, 2 when a measurement broke.
 */
public final class Bench {

    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }

    /** The longest wait after a measurement for the server to finish what it left queued. */
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(64);
            return;
        }
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Report report = new Report(System.out);
        Context context = new Context(options, runId, new Api(options.url()),
                new Db(options.dbUrl(), options.dbUser(), options.dbPassword()), ServerLog.of(options.serverLog()),
                options.serverPid() > 0 ? new ServerJvm(options.serverPid()) : null,
                new Wrk(options.wrkScript(), options.runDir()), report, new Baselines());
        String startLoad = LoadAverage.all();
        Instant started = Instant.now();

        boolean broken = false;
        broken |= !measure(context, "start-up", () -> startup(context));
        broken |= !measure(context, "cheapest endpoint one at a time", () -> cheapestOneAtATime(context));
        if (options.reports()) {
            // Issue 12's scenario on its own: its 2,000,000 messages would weigh on every other figure.
            broken |= !measure(context, "reports", () -> new ReportsBench(context).run());
        }
        broken |= !options.reports() && options.runs("commit") && !measure(context, "MariaDB commit rate", () -> new CommitRate(context).run());
        broken |= !options.reports() && options.runs("ingest") && !measure(context, "WhatsApp ingest", () -> {
            Demo.connectWhatsapp(context.api(), context.api().token(Demo.ADMIN, Api.DEMO_PASSWORD));
            new IngestBench(context).run();
        });
        broken |= !options.reports() && options.runs("steady") && !measure(context, "WhatsApp at a fixed rate", () -> {
            Demo.connectWhatsapp(context.api(), context.api().token(Demo.ADMIN, Api.DEMO_PASSWORD));
            new SteadyRateBench(context).run();
        });
        broken |= !options.reports() && options.runs("race") && !measure(context, "assign race", () -> new AssignRaceBench(context).run());
        broken |= !options.reports() && options.runs("reply") && !measure(context, "agent reply latency", () -> new ReplyLatencyBench(context).run());
        broken |= !options.reports() && options.runs("sockets") && !measure(context, "widget sockets", () -> new SocketsBench(context).run());
        broken |= !options.reports() && options.runs("lists") && !measure(context, "lists", () -> new ListBench(context).run());

        report.note("Live Chat benchmark (" + (options.reports() ? "issue 12, --reports" : "issue 9") + "), "
                + (options.quick() ? "--quick" : "full") + " run " + runId
                + (options.label().isEmpty() ? "" : " of " + options.label()) + " against " + options.url());
        report.note("Machine: " + Runtime.getRuntime().availableProcessors() + " cores; load average (1/5/15 min) "
                + startLoad + " at the start, " + LoadAverage.all() + " at the end; "
                + ChronoUnit.SECONDS.between(started, Instant.now()) + " s of measurements");
        report.note("Verdicts: 'FAR OFF' is worse than 4x a time target or under 1/4 of a rate target (--quick fails"
                + " on it and on FAILED).");
        System.out.println();
        report.print(System.out);
        try (PrintStream results = new PrintStream(Files.newOutputStream(options.runDir().resolve("results.md")),
                true, StandardCharsets.UTF_8)) {
            report.print(results);
        }
        if (broken) {
            System.exit(2);
        }
        System.exit(options.quick() && report.failsQuickRun() ? 1 : 0);
    }

    /** Runs one measurement; a failure goes into the table and the run goes on. */
    private static boolean measure(Context context, String name, Measurement measurement) {
        Report report = context.report();
        System.out.println("== " + name + " (load " + LoadAverage.all() + ")");
        try {
            context.api().get("health/live", null);
        } catch (IOException e) {
            report.add(Figure.failed(name, "not measured: the server does not answer (" + e + ")"));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            measurement.run();
            if (context.jvm() != null) {
                double waited = context.jvm().awaitQuiet(SETTLE);
                if (waited > 3) {
                    System.out.printf("  (waited %.0f s for the server to settle)%n", waited);
                }
            }
            return true;
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            String reason = e.toString();
            report.add(Figure.failed(name, "broke: " + (reason.length() > 200 ? reason.substring(0, 200) + "..." : reason)));
            return false;
        }
    }

    private static void startup(Context context) {
        Options options = context.options();
        if (options.startupMillis() < 0) {
            context.report().add(Figure.skipped("Start-up, launcher to first 200 of /health/ready and /",
                    "server not started by the harness (--url)"));
            return;
        }
        context.report().add(Figure.of("Start-up, launcher to first 200 of /health/ready and /",
                Format.seconds(options.startupMillis() / 1000.0) + " (/health/ready after "
                        + Format.seconds(options.readyMillis() / 1000.0) + ")"));
    }

    // The yardstick for figures taken one request at a time: the same client, the cheapest endpoint.
    private static void cheapestOneAtATime(Context context) throws Exception {
        for (int i = 0; i < 100; i++) {
            context.api().get("health/live", null).expect(200, "GET /health/live");
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < 300; i++) {
            latencies.add(context.api().get("health/live", null).nanos());
        }
        context.baselines().healthOneAtATime(latencies);
        context.report().add(Figure.of("GET /health/live one at a time (cheapest endpoint)", latencies.p50p99()));
    }
}
