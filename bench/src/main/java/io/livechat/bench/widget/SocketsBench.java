package io.livechat.bench.widget;

import io.livechat.bench.Context;
import io.livechat.bench.Demo;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.Target;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Format;
import io.livechat.bench.support.Parallel;
import io.livechat.bench.support.ServerJvm;
import io.livechat.bench.support.ServerLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Many open widget sockets: one visitor session each, opened {@value #OPENING} at a time, each
 * through hello and ready. The server's heap after a full GC and its resident memory, before and
 * with them open, give the cost per 1,000; then every socket is closed at once, and the server's
 * log is searched for SEVERE lines.
 */
public final class SocketsBench {

    private static final int OPENING = 64;

    private final Context context;

    public SocketsBench(Context context) {
        this.context = context;
    }

    public void run() throws Exception {
        Api api = context.api();
        int count = context.options().sockets();
        String key = Demo.allowWidgetOrigin(api, api.token(Demo.ADMIN, Api.DEMO_PASSWORD));
        long sessionsStart = System.nanoTime();
        List<Visitor> visitors = Parallel.map(count, 8, i -> Visitor.start(api, key));
        System.out.printf("  started %,d widget sessions in %.1f s%n", count, (System.nanoTime() - sessionsStart) / 1e9);

        ServerJvm jvm = context.jvm();
        ServerLog log = context.log();
        long heapBefore = jvm == null ? 0 : jvm.heapAfterGc();
        long rssBefore = jvm == null ? 0 : jvm.residentBytes();
        long openMark = log == null ? 0 : log.mark();

        HttpClient client = Api.client();
        URI uri = Visitor.socketUri(api, key);
        Semaphore opening = new Semaphore(OPENING);
        List<CompletableFuture<VisitorSocket>> pending = new ArrayList<>();
        long openStart = System.nanoTime();
        for (Visitor visitor : visitors) {
            opening.acquire();
            pending.add(VisitorSocket.open(client, uri, visitor.token(), null).whenComplete((s, e) -> opening.release()));
        }
        List<VisitorSocket> open = new ArrayList<>();
        int failed = 0;
        for (CompletableFuture<VisitorSocket> socket : pending) {
            try {
                open.add(socket.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                failed++;
            }
        }
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        String name = Format.count(count) + " widget sockets";
        context.report().add(Figure.of(name + " opened (hello and ready each)", Format.count(open.size()) + " in "
                + Format.seconds(openSeconds) + (failed > 0 ? ", " + Format.count(failed) + " failed" : "")));
        Thread.sleep(2000);
        if (jvm == null) {
            context.report().add(Figure.skipped("Heap and RSS per 1,000 open sockets", "no server process (--url without --server-pid)"));
        } else if (!open.isEmpty()) {
            double thousands = open.size() / 1000.0;
            long heap = jvm.heapAfterGc() - heapBefore;
            long rss = jvm.residentBytes() - rssBefore;
            context.report().add(Figure.of("Server heap after GC per 1,000 open widget sockets",
                    Format.bytes((long) (heap / thousands)) + " (" + Format.bytes(heap) + " for " + Format.count(open.size()) + ")"));
            context.report().add(Figure.of("Server RSS per 1,000 open widget sockets",
                    Format.bytes((long) (rss / thousands)) + " (" + Format.bytes(rss) + " for " + Format.count(open.size()) + ")"));
        }

        long closeMark = log == null ? 0 : log.mark();
        List<CompletableFuture<?>> closing = new ArrayList<>();
        for (VisitorSocket socket : open) {
            closing.add(socket.close());
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Whatever did not close cleanly is cut below; the server's log tells how it took it.
        }
        Thread.sleep(5000); // the server logs what the closing did to it
        open.forEach(VisitorSocket::abort);
        if (log == null) {
            context.report().add(Figure.skipped("SEVERE lines when the sockets close at once", "no server log (--url)"));
        } else {
            long whileOpening = log.since(openMark).severe() - log.since(closeMark).severe();
            long whileClosing = log.since(closeMark).severe();
            context.report().add(Figure.of("SEVERE log lines when " + Format.count(open.size()) + " sockets close at once",
                            Format.count(whileClosing) + (whileOpening > 0 ? " (and " + Format.count(whileOpening) + " while opening)" : ""))
                    .against(Target.atMost(0, "0"), whileClosing + whileOpening));
        }
    }
}
