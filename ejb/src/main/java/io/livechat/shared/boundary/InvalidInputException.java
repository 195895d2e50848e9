package io.livechat.shared.boundary;

import java.util.Map;

/** The request is well-formed but its content cannot be accepted. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String message) {
        super("invalid-input", message, Map.of());
    }
}
