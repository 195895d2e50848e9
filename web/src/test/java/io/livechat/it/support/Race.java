package io.livechat.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Calls that clients make at the same moment: each is sent as soon as all of them are ready to go. */
public final class Race {

    private Race() {
    }

    /** The answers, in the order of the calls. */
    public static <T> List<T> together(List<Supplier<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<T>> running = calls.stream()
                    .map(call -> CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        await(go);
                        return call.get();
                    }, pool))
                    .toList();
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (CompletableFuture<T> call : running) {
                answers.add(call.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
