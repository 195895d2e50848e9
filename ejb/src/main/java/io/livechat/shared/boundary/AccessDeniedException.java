package io.livechat.shared.boundary;

import java.util.Map;

/** The caller is known but may not do this, for example act on a bot they are not a member of. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String message) {
        super("access-denied", message, Map.of());
    }

    /** A refusal of its own kind, such as {@code not-member}: a chat given to someone outside the bot. */
    public AccessDeniedException(String type, String message, Map<String, Object> details) {
        super(type, message, details);
    }
}
