package io.livechat.bench;

import io.livechat.bench.support.Latencies;
import io.livechat.bench.support.WrkResult;
import java.util.HashMap;
import java.util.Map;

/**
 * The yardsticks of the same run that figures are printed beside: the cheapest endpoint
 * ({@code GET /health/live}) under wrk at each connection count, one at a time, and in bursts like
 * the assign race; and MariaDB's raw commit rate.
 */
public final class Baselines {

    private final Map<Integer, WrkResult> healthUnderWrk = new HashMap<>();
    private Latencies healthOneAtATime;
    private Latencies healthBurst;
    private double commits1 = Double.NaN;
    private double commits16 = Double.NaN;

    public synchronized void healthUnderWrk(int connections, WrkResult result) {
        healthUnderWrk.put(connections, result);
    }

    public synchronized WrkResult healthUnderWrk(int connections) {
        return healthUnderWrk.get(connections);
    }

    public synchronized void healthOneAtATime(Latencies latencies) {
        healthOneAtATime = latencies;
    }

    /** "GET /health/live p50 1.2 / p99 3.4 ms", or empty before it was measured. */
    public synchronized String healthOneAtATime() {
        return healthOneAtATime == null ? "" : "GET /health/live " + healthOneAtATime.p50p99();
    }

    public synchronized void healthBurst(Latencies latencies) {
        healthBurst = latencies;
    }

    public synchronized String healthBurst() {
        return healthBurst == null ? "" : "GET /health/live, same bursts: " + healthBurst.p50p99();
    }

    public synchronized void commits(double oneConnection, double sixteenConnections) {
        commits1 = oneConnection;
        commits16 = sixteenConnections;
    }

    public synchronized double commits16() {
        return commits16;
    }

    public synchronized double commits1() {
        return commits1;
    }
}
