package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.FileView;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every file is served with, wherever it is downloaded (API, console, widget): its own
 * type and length, never sniffed, as a download unless it is a raster image (a thumbnail opens full
 * size), and under a sandbox policy, so that whatever the bytes are, they run no script in our origin.
 */
public final class FileDownload {

    static final String POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

    private FileDownload() {
    }

    public static Map<String, String> headers(FileView file) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", file.mimeType());
        headers.put("Content-Length", String.valueOf(file.size()));
        headers.put("Content-Disposition", (file.image() ? "inline" : "attachment") + "; filename=\""
                + file.fileName().replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", POLICY);
        headers.put("Cache-Control", "private, max-age=3600");
        headers.put("Cross-Origin-Resource-Policy", "same-site");
        return headers;
    }

    /** The headers on a servlet's answer (the console's and the widget's downloads). */
    public static void addTo(HttpServletResponse response, FileView file) {
        headers(file).forEach(response::setHeader);
    }
}
