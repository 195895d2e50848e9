package io.livechat.bench.whatsapp;

import io.livechat.bench.Context;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.Target;
import io.livechat.bench.support.Format;
import io.livechat.bench.support.ServerLog;
import io.livechat.bench.support.WrkResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * WhatsApp ingest and processing. First the cheapest endpoint under wrk at 16 and 64 connections,
 * then unique signed webhooks under wrk at 16 and at 64 connections back to back, then the wait
 * until every accepted message is in the transcript (or the cap). The processing figures cover the
 * whole window from the first webhook to the last message stored.
 */
public final class IngestBench {

    static final int[] CONNECTIONS = {16, 64};
    // Sized from the cheapest endpoint's rate, which ingest should not beat by much: a run out of
    // bodies is reported, and its rate is then a lower bound.
    private static final double BODIES_PER_HEALTH_REQUEST = 1.5;
    private static final int MAX_BODIES = 600_000;

    private final Context context;
    private final Pipeline pipeline;

    public IngestBench(Context context) {
        this.context = context;
        this.pipeline = new Pipeline(context.db());
    }

    public void run() throws Exception {
        Duration duration = Duration.ofSeconds(context.options().ingestSeconds());
        String health = context.api().uri("health/live").toString();
        String webhook = context.api().uri("webhooks/whatsapp").toString();
        WebhookBodies bodies = new WebhookBodies(context.options().appSecret(), context.runId());
        Path[] files = new Path[CONNECTIONS.length];
        for (int i = 0; i < CONNECTIONS.length; i++) {
            int connections = CONNECTIONS[i];
            WrkResult cheapest = context.wrk().run("health-" + connections, health, connections, duration, null);
            context.baselines().healthUnderWrk(connections, cheapest);
            context.report().add(Figure.of("GET /health/live under wrk, " + connections + " connections (cheapest endpoint)",
                    cheapest.summary() + suffix(cheapest.errors())));
            int count = (int) Math.min(MAX_BODIES,
                    cheapest.acceptedRate() * duration.toSeconds() * BODIES_PER_HEALTH_REQUEST + 1000);
            files[i] = context.options().runDir().resolve("webhooks-" + connections + ".tsv");
            bodies.write(files[i], i + 1, count);
        }

        long inboxMark = pipeline.lastInboxId();
        long messageMark = pipeline.lastMessageId();
        long parkedMark = pipeline.lastParkedId();
        long deadlocksBefore = pipeline.deadlocks();
        ServerLog log = context.log();
        long logMark = log == null ? 0 : log.mark();
        String prefix = "wamid.bench-" + context.runId() + "-";

        double cpuAtStart = context.jvm() == null ? Double.NaN : context.jvm().cpuSeconds();
        long start = System.nanoTime();
        WrkResult[] ingest = new WrkResult[CONNECTIONS.length];
        for (int i = 0; i < CONNECTIONS.length; i++) {
            ingest[i] = context.wrk().run("webhooks-" + CONNECTIONS[i], webhook, CONNECTIONS[i], duration, files[i]);
            Files.deleteIfExists(files[i]);
        }
        long stop = System.nanoTime();
        long storedAtStop = pipeline.stored(prefix);
        long backlogAtStop = pipeline.backlog(inboxMark);
        long acceptedAtStop = pipeline.accepted(inboxMark);
        reportIngest(ingest);

        Drain.Result drain = Drain.await(pipeline, prefix, inboxMark,
                Duration.ofSeconds(context.options().drainSeconds()), Duration.ofMillis(200));
        long end = drain.complete() ? drain.doneAt() : System.nanoTime();
        double cpuUsed = context.jvm() == null ? Double.NaN : context.jvm().cpuSeconds() - cpuAtStart;
        double ingestSeconds = (stop - start) / 1e9;
        double total = (end - start) / 1e9;
        double e2e = drain.stored() / total;

        context.report().add(Figure.of("Processing while ingest ran (messages into the transcript)",
                Format.rate(storedAtStop / ingestSeconds) + " msg/s").beside("ingest accepted "
                + Format.rate(acceptedAtStop / ingestSeconds) + "/s"));
        context.report().add(Figure.of("Backlog when ingest stopped",
                Format.count(backlogAtStop) + " of " + Format.count(acceptedAtStop) + " deliveries unprocessed"));
        double drainRate = (drain.stored() - storedAtStop) / Math.max(0.001, (end - stop) / 1e9);
        context.report().add(Figure.of("Transcript complete after ingest stopped", (drain.complete()
                ? "after " + Format.seconds((drain.doneAt() - stop) / 1e9)
                : "not within " + context.options().drainSeconds() + " s: " + Format.count(drain.missing()) + " of "
                + Format.count(drain.expected()) + " missing") + "; the backlog drained at " + Format.rate(drainRate) + " msg/s"));
        String e2eText = Format.rate(e2e) + " msg/s (" + Format.count(drain.stored()) + " in " + Format.seconds(total) + ")"
                + (backlogAtStop * 1.0 / Math.max(1, acceptedAtStop) < 0.02 ? ", kept up with ingest: capacity is higher" : "");
        context.report().add(Figure.of("End-to-end processing, half new / half existing senders, the bot answering", e2eText)
                .against(Target.atLeast(500, ">= 500 msg/s sustained"), e2e)
                .beside(Double.isNaN(context.baselines().commits16()) ? ""
                        : "MariaDB 16 conn " + Format.rate(context.baselines().commits16()) + " commits/s"));

        // CPU time per message is what the machine's load moves least: the figure to compare runs by.
        context.report().add(Double.isNaN(cpuUsed)
                ? Figure.skipped("Server CPU per webhook, from ingest to the complete transcript", "no server pid (--url)")
                : Figure.of("Server CPU per webhook, from ingest to the complete transcript",
                        Format.seconds(cpuUsed) + " of the Payara process for " + Format.count(drain.stored())
                                + " messages: " + Format.ms(cpuUsed * 1000 / Math.max(1, drain.stored()))
                                + " ms each (500 msg/s on 2 cores leaves 4 ms for Payara and MariaDB together)"));

        Pipeline.Replies replies = pipeline.botReplies(messageMark);
        context.report().add(Figure.of("Bot answers sent through the outbox to the Graph API stub",
                Format.count(replies.sent()) + " of " + Format.count(replies.written()) + " written"
                        + (replies.failed() > 0 ? ", " + Format.count(replies.failed()) + " failed" : "")));
        reportFailures(inboxMark, deadlocksBefore, log, logMark);
        reportLost(drain, parkedMark);

        int skipped = pipeline.skipBacklog(inboxMark);
        if (skipped > 0) {
            System.out.println("  (marked " + Format.count(skipped) + " unprocessed deliveries processed, so the next"
                    + " measurements do not run under this backlog)");
        }
    }

    private void reportIngest(WrkResult[] ingest) {
        for (int i = 0; i < CONNECTIONS.length; i++) {
            int connections = CONNECTIONS[i];
            WrkResult result = ingest[i];
            WrkResult cheapest = context.baselines().healthUnderWrk(connections);
            double share = result.acceptedRate() / cheapest.acceptedRate();
            String runOut = result.exhaustedThreads() > 0 ? "; ran out of pre-signed bodies, a lower bound" : "";
            String name = "Webhook ingest (store + 200), " + connections + " connections";
            context.report().add(Figure.of(name + ": accepted/s", Format.rate(result.acceptedRate()) + "/s ("
                            + Format.percent(share) + " of cheapest)" + suffix(result.errors()) + runOut)
                    .against(Target.atLeast(0.5, ">= 50 % of cheapest"), share)
                    .beside(Format.rate(cheapest.acceptedRate()) + "/s"));
            Figure latency = Figure.of(name + ": latency", result.percentiles()).beside(cheapest.percentiles());
            context.report().add(connections == 64 ? latency.against(Target.atMost(100, "p99 <= 100 ms"), result.p99()) : latency);
        }
    }

    private void reportFailures(long inboxMark, long deadlocksBefore, ServerLog log, long logMark) throws Exception {
        long deadlocks = pipeline.deadlocks() - deadlocksBefore;
        ServerLog.Counts lines = log == null ? null : log.since(logMark);
        context.report().add(Figure.of("Deadlocks during ingest and drain (Innodb_deadlocks)", Format.count(deadlocks)
                        + (lines == null ? "" : "; 'Deadlock found' in " + Format.count(lines.deadlock()) + " log lines"))
                .against(Target.atMost(0, "0"), deadlocks));
        Pipeline.Attempts attempts = pipeline.attempts(inboxMark);
        context.report().add(Figure.of("Deliveries whose first processing attempt failed",
                Format.count(attempts.failedFirst()) + " of " + Format.count(attempts.deliveries()) + " ("
                        + Format.percent(attempts.failedFirst() / (double) Math.max(1, attempts.deliveries())) + "); "
                        + Format.count(attempts.failedAttempts()) + " failed attempts in all"));
        context.report().add(lines == null ? Figure.skipped("Server log written during ingest and drain", "no log (--url)")
                : Figure.of("Server log written during ingest and drain", lines.summary()));
    }

    private void reportLost(Drain.Result drain, long parkedMark) throws Exception {
        long parked = pipeline.parked(parkedMark);
        String name = "Messages lost (accepted, never in the transcript)";
        if (drain.backlog() > 0) {
            context.report().add(Figure.of(name, "unknown: " + Format.count(drain.backlog()) + " deliveries still unprocessed"));
        } else {
            context.report().add(Figure.of(name, Format.count(drain.missing()) + (parked > 0 ? " (" + parked + " parked)" : ""))
                    .against(Target.exactly(0, "0"), drain.missing()));
        }
    }

    static String suffix(String errors) {
        return errors.isEmpty() ? "" : "; " + errors;
    }
}
