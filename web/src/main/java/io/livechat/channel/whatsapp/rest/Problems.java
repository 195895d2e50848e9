package io.livechat.channel.whatsapp.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** problem+json answers of the webhook servlet, in the shape the REST API's mappers use. */
final class Problems {

    private Problems() {
    }

    static void send(HttpServletResponse response, int status, String slug, String title, String detail)
            throws IOException {
        byte[] body = Json.createObjectBuilder()
                .add("type", "urn:livechat:problem:" + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
