package io.livechat.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrkResultTest {

    private static final String OUTPUT = """
            Running 5s test @ http://127.0.0.1:1234/webhooks/whatsapp
              2 threads and 16 connections
            Requests/sec:    400.00
            BENCH {"requests":2000,"duration_us":5000000,"bytes":1,"connect_errors":0,"read_errors":1,"write_errors":0,\
            "status_errors":100,"timeouts":2,"p50_us":4500,"p90_us":9000,"p99_us":176000,"max_us":300000,"sent":2010,\
            "exhausted_threads":0}
            """;

    @Test
    void readsTheLineOfBenchLua() {
        WrkResult result = WrkResult.parse(OUTPUT).orElseThrow();
        assertEquals(2000, result.requests());
        assertEquals(1900, result.accepted(), "answers of 400 and more are not accepted");
        assertEquals(380.0, result.acceptedRate(), 1e-9);
        assertEquals(176.0, result.p99(), 1e-9);
        assertEquals(1, result.socketErrors());
        assertEquals(2, result.timeouts());
        assertTrue(result.errors().contains("100 answered >= 400"), result.errors());
    }

    @Test
    void outputWithoutTheLineHasNoResult() {
        assertTrue(WrkResult.parse("unable to connect to 127.0.0.1:1234").isEmpty());
    }
}
