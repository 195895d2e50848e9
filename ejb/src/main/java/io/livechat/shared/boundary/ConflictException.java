package io.livechat.shared.boundary;

import java.util.Map;

/** The request does not fit the current state, such as resolving a handover nobody has assigned. */
public class ConflictException extends BusinessException {

    public ConflictException(String type, String message) {
        this(type, message, Map.of());
    }

    public ConflictException(String type, String message, Map<String, Object> details) {
        super(type, message, details);
    }
}
