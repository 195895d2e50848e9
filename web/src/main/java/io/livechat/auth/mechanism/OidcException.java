package io.livechat.auth.mechanism;

import java.util.Locale;

/**
 * Single sign-on could not be completed. The reason is what the login page tells the person; the
 * message, with the details, is for the log only.
 */
class OidcException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the login page says; the names are the {@code sso} parameter it reads. */
    enum Reason {
        /** The provider failed, or a token did not pass its checks. */
        FAILED,
        /** The person is known to the provider but in none of the groups ADMIN, MANAGER, AGENT. */
        NO_ROLE,
        /** The person's Live Chat account is disabled. */
        DISABLED;

        String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    OidcException(String message) {
        this(Reason.FAILED, message);
    }

    OidcException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
