package io.livechat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** The hand-kept OpenAPI document of the REST API (META-INF/openapi.yaml), as the tests read it. */
public final class OpenApiDocument {

    private static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");

    private OpenApiDocument() {
    }

    /**
     * "post /api/v1/handovers" for each verb under each /api/v1 path of the document; the widget's
     * and the webhooks' paths are documented too but served by servlets, not JAX-RS.
     */
    public static TreeSet<String> operations() {
        List<String> lines;
        try {
            lines = Files.readAllLines(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeSet<String> operations = new TreeSet<>();
        String path = null;
        for (String line : lines) {
            if (line.startsWith("  /")) {
                path = line.strip().replaceAll(":$", "");
            } else if (line.startsWith("components:")) {
                path = null;
            } else if (path != null && path.startsWith("/api/v1/") && line.matches("    (get|put|post|delete):.*")) {
                operations.add(line.strip().replaceAll(":.*", "") + " " + path);
            }
        }
        return operations;
    }
}
