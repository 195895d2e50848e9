package io.livechat.shared.boundary;

import java.util.Map;

/** The request is well-formed but its content cannot be accepted. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String message) {
        super("invalid-input", message, Map.of());
    }

    /** For refusals of a particular kind that name what is wrong, such as the bad step of a workflow. */
    protected InvalidInputException(String type, String message, Map<String, Object> details) {
        super(type, message, details);
    }
}
