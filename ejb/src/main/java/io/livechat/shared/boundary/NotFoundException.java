package io.livechat.shared.boundary;

import java.util.Map;

/** The thing asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " does not exist", Map.of());
    }
}
