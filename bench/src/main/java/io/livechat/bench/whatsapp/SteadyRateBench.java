package io.livechat.bench.whatsapp;

import io.livechat.bench.Context;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.Target;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Format;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transcript's lag at a fixed rate (300 webhooks/s by default): an open-loop JDK HttpClient
 * load generator (wrk from Debian has no fixed-rate mode) sends on a schedule, however the server
 * keeps up, with at most {@value #IN_FLIGHT} requests outstanding. The figure is the time from the
 * last accepted webhook until the last message is in the transcript.
 */
public final class SteadyRateBench {

    static final int BATCH = 3;
    private static final int IN_FLIGHT = 512;

    private final Context context;
    private final Pipeline pipeline;

    public SteadyRateBench(Context context) {
        this.context = context;
        this.pipeline = new Pipeline(context.db());
    }

    public void run() throws Exception {
        int rate = context.options().steadyRate();
        int seconds = context.options().steadySeconds();
        int count = rate * seconds;
        WebhookBodies bodies = new WebhookBodies(context.options().appSecret(), context.runId());
        HttpRequest[] requests = new HttpRequest[count];
        for (int i = 0; i < count; i++) {
            WebhookBodies.Signed signed = bodies.signed(BATCH, i);
            requests[i] = HttpRequest.newBuilder(context.api().uri("webhooks/whatsapp")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("X-Hub-Signature-256", "sha256=" + signed.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())).build();
        }
        String prefix = bodies.wamidPrefix(BATCH);
        long inboxMark = pipeline.lastInboxId();
        long parkedMark = pipeline.lastParkedId();

        HttpClient http = Api.client();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong lastAccepted = new AtomicLong();
        long maxBacklog = 0;
        long nextSample = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (System.nanoTime() > nextSample) { // the backlog as the transcript sees it, four times a second
                maxBacklog = Math.max(maxBacklog, accepted.get() - pipeline.stored(prefix));
                nextSample = System.nanoTime() + 250_000_000L;
            }
            inFlight.acquire();
            http.sendAsync(requests[i], HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() / 100 == 2) {
                    accepted.incrementAndGet();
                    lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
                } else {
                    refused.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(IN_FLIGHT); // every answer in
        double sendSeconds = (System.nanoTime() - start) / 1e9;

        Duration cap = Duration.ofSeconds(Math.max(30, context.options().drainSeconds() / 2));
        Drain.Result drain = Drain.await(pipeline, prefix, inboxMark, cap, Duration.ofMillis(100));
        String offered = Format.count(rate) + " offered/s, " + Format.rate(accepted.get() / sendSeconds) + " accepted/s"
                + (refused.get() > 0 ? ", " + Format.count(refused.get()) + " refused or failed" : "")
                + ", transcript at most " + Format.count(maxBacklog) + " behind";
        String name = "Transcript lag behind the last accepted webhook at " + rate + " webhooks/s for " + seconds + " s";
        if (drain.complete()) {
            double lag = Math.max(0, (drain.doneAt() - lastAccepted.get()) / 1e9);
            context.report().add(Figure.of(name, Format.seconds(lag) + " (" + offered + ")")
                    .against(Target.atMost(2, "<= 2 s"), lag));
        } else {
            context.report().add(Figure.of(name, "over " + cap.toSeconds() + " s: " + Format.count(drain.missing()) + " of "
                    + Format.count(drain.expected()) + " missing (" + offered + ")")
                    .against(Target.atMost(2, "<= 2 s"), cap.toSeconds()));
        }
        if (drain.backlog() == 0) {
            long parked = pipeline.parked(parkedMark);
            context.report().add(Figure.of("Messages lost at " + rate + " webhooks/s", Format.count(drain.missing())
                    + (parked > 0 ? " (" + parked + " parked)" : "")).against(Target.exactly(0, "0"), drain.missing()));
        }
        pipeline.skipBacklog(inboxMark);
    }
}
