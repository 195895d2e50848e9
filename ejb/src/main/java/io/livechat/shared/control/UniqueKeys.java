package io.livechat.shared.control;

import java.sql.SQLIntegrityConstraintViolationException;

/** Reads which unique key a failed write ran into, through whatever the persistence layer wrapped it in. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Whether the failure, or any of its causes, is MariaDB refusing a duplicate of the named unique key. */
    public static boolean violated(Throwable failure, String keyName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation && violation.getMessage() != null
                    && violation.getMessage().contains(keyName)) {
                return true;
            }
        }
        return false;
    }
}
