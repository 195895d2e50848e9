package io.livechat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP answer of the API, with its body read as JSON when it is JSON. */
public record ApiResponse(int status, String contentType, String body, HttpResponse<String> raw) {

    public static ApiResponse of(HttpResponse<String> response) {
        // The media type alone: "application/problem+json;charset=UTF-8" -> "application/problem+json".
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        return new ApiResponse(response.statusCode(), mediaType, response.body(), response);
    }

    public JsonValue json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    public JsonObject object() {
        return json().asJsonObject();
    }

    public JsonArray array() {
        return json().asJsonArray();
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    /** The problem document's type slug (after {@code urn:livechat:problem:}). */
    public String problemType() {
        return object().getString("type").replace("urn:livechat:problem:", "");
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
