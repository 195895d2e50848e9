package io.livechat.report.boundary;

import io.livechat.shared.boundary.InvalidInputException;
import java.util.Map;

/**
 * A report filter that cannot be read: 422 on the API; the page names the {@code filter} in its own
 * words ({@code report.invalid.<filter>}).
 */
public class InvalidFilterException extends InvalidInputException {

    private final String filter;

    public InvalidFilterException(String filter, String message) {
        super("invalid-filter", filter + ": " + message, Map.of("filter", filter));
        this.filter = filter;
    }

    /** The URL parameter that is wrong, such as {@code period}. */
    public String filter() {
        return filter;
    }
}
