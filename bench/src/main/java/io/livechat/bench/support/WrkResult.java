package io.livechat.bench.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;

/**
 * What one wrk run reported through bench.lua's {@code BENCH {json}} line. Accepted requests are
 * the 2xx/3xx ones (wrk counts a status of 400 or more as an error), so an overloaded server that
 * answers 503 fast does not look fast.
 */
public record WrkResult(long requests, double seconds, long statusErrors, long socketErrors, long timeouts,
                        double p50, double p90, double p99, double max, long sent, int exhaustedThreads) {

    static final String MARKER = "BENCH ";

    /** The result in wrk's output, if its script printed one. */
    public static Optional<WrkResult> parse(String output) {
        return output.lines().filter(line -> line.startsWith(MARKER)).findFirst().map(line -> {
            try (JsonReader reader = Json.createReader(new StringReader(line.substring(MARKER.length())))) {
                JsonObject json = reader.readObject();
                return new WrkResult(json.getJsonNumber("requests").longValue(),
                        json.getJsonNumber("duration_us").longValue() / 1e6,
                        json.getJsonNumber("status_errors").longValue(),
                        json.getJsonNumber("connect_errors").longValue() + json.getJsonNumber("read_errors").longValue()
                                + json.getJsonNumber("write_errors").longValue(),
                        json.getJsonNumber("timeouts").longValue(),
                        micros(json, "p50_us"), micros(json, "p90_us"), micros(json, "p99_us"), micros(json, "max_us"),
                        json.getJsonNumber("sent").longValue(), json.getInt("exhausted_threads"));
            }
        });
    }

    private static double micros(JsonObject json, String name) {
        return json.getJsonNumber(name).longValue() / 1000.0;
    }

    public long accepted() {
        return Math.max(0, requests - statusErrors);
    }

    /** Accepted requests per second. */
    public double acceptedRate() {
        return seconds <= 0 ? Double.NaN : accepted() / seconds;
    }

    /** "2,913/s, p50 4.1 / p90 9.0 / p99 21.3 ms". */
    public String summary() {
        return Format.rate(acceptedRate()) + "/s, " + percentiles();
    }

    public String percentiles() {
        return "p50 " + Format.ms(p50) + " / p90 " + Format.ms(p90) + " / p99 " + Format.ms(p99) + " ms";
    }

    /** Refusals, socket errors and timeouts, or empty when there were none. */
    public String errors() {
        StringBuilder errors = new StringBuilder();
        if (statusErrors > 0) {
            errors.append(Format.count(statusErrors)).append(" answered >= 400");
        }
        if (socketErrors > 0) {
            errors.append(errors.isEmpty() ? "" : ", ").append(Format.count(socketErrors)).append(" socket errors");
        }
        if (timeouts > 0) {
            errors.append(errors.isEmpty() ? "" : ", ").append(Format.count(timeouts)).append(" timeouts");
        }
        return errors.toString();
    }
}
