package io.livechat.bench.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs tasks at the same moment, as many people clicking together: one thread each, started
 * beforehand and released by one latch, so thread start-up is not in what the tasks time.
 */
public final class Burst {

    private Burst() {
    }

    /** Every task's result, in the tasks' order; the first failure is thrown after all have ended. */
    public static <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException, ExecutionException {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            FutureTask<T> future = new FutureTask<>(() -> {
                ready.countDown();
                go.await();
                return task.call();
            });
            futures.add(future);
            new Thread(future, "burst").start();
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (FutureTask<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
