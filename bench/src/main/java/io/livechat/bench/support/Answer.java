package io.livechat.bench.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An HTTP answer with the time it took, from sending until the last byte of the body. */
public record Answer(int status, String body, HttpHeaders headers, long nanos) {

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public JsonArray array() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    public boolean ok() {
        return status / 100 == 2;
    }

    public double millis() {
        return nanos / 1e6;
    }

    public long size() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /** This answer, if it has the status; otherwise a failure that names what was asked and what came. */
    public Answer expect(int expected, String what) {
        if (status != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + status + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
        }
        return this;
    }
}
