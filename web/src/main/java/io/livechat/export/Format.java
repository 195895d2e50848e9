package io.livechat.export;

import java.util.Locale;
import java.util.Optional;

/** The formats a table exports to, with their content type and file extension. */
public enum Format {

    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format a page's or a URL's word names ({@code csv}, {@code XLSX}, ...), if any. */
    public static Optional<Format> of(String name) {
        if (name != null) {
            for (Format format : values()) {
                if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
