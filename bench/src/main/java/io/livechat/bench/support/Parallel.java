package io.livechat.bench.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Set-up work (creating people, widget sessions) done a few at a time, so it takes seconds, not minutes. */
public final class Parallel {

    private Parallel() {
    }

    @FunctionalInterface
    public interface Task<T> {
        T run(int index) throws Exception;
    }

    /** The results for indexes 0..count-1, in order; the first failure is thrown. */
    public static <T> List<T> map(int count, int threads, Task<T> task) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
