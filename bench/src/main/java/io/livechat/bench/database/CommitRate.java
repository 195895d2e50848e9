package io.livechat.bench.database;

import io.livechat.bench.Context;
import io.livechat.bench.report.Figure;
import io.livechat.bench.support.Format;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MariaDB's own commit rate on this machine: single-row INSERT, COMMIT, in a loop, on 1 and on 16
 * connections, against the server's database with its durability settings. It bounds what any
 * pipeline that commits per message can reach, so the WhatsApp figures are printed beside it.
 */
public final class CommitRate {

    private static final String TABLE = "bench_commit";

    private final Context context;

    public CommitRate(Context context) {
        this.context = context;
    }

    public void run() throws Exception {
        try (Connection connection = context.db().open(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(100) NOT NULL, at DATETIME(6) NOT NULL)"
                    + " ENGINE = InnoDB");
        }
        try {
            double one = rate(1);
            double sixteen = rate(16);
            context.baselines().commits(one, sixteen);
            context.report().add(Figure.of("MariaDB raw commit rate, 1 connection (INSERT + COMMIT)",
                    Format.rate(one) + " commits/s"));
            context.report().add(Figure.of("MariaDB raw commit rate, 16 connections",
                    Format.rate(sixteen) + " commits/s"));
        } finally {
            try (Connection connection = context.db().open(); Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            }
        }
    }

    private double rate(int connections) throws Exception {
        long seconds = context.options().commitSeconds();
        AtomicLong commits = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long[] window = new long[2];
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = context.db().open()) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO " + TABLE + " (note, at) VALUES ('commit rate', NOW(6))")) {
                        start.await();
                        while (System.nanoTime() < window[1]) {
                            insert.executeUpdate();
                            connection.commit();
                            commits.incrementAndGet();
                        }
                    }
                } catch (SQLException | InterruptedException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "commit-" + i);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(500); // every connection open before the clock starts
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return commits.get() / ((System.nanoTime() - window[0]) / 1e9);
    }
}
