package io.livechat.shared.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A refusal the caller can understand and act on. Thrown from boundaries; rolls the transaction
 * back, so nothing of a refused request is kept. The REST edge turns it into a problem document.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String type;
    private final Map<String, Object> details;

    protected BusinessException(String type, String message, Map<String, Object> details) {
        super(message);
        this.type = type;
        this.details = Map.copyOf(details);
    }

    /** A short, stable slug naming the kind of problem, such as {@code already-assigned}. */
    public String type() {
        return type;
    }

    /** Extra members of the problem document, such as the assignee who won a race. */
    public Map<String, Object> details() {
        return details;
    }
}
