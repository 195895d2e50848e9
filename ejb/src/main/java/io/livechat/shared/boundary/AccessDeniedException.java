package io.livechat.shared.boundary;

import java.util.Map;

/** The caller is known but may not do this, for example act on a bot they are not a member of. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String message) {
        super("access-denied", message, Map.of());
    }
}
