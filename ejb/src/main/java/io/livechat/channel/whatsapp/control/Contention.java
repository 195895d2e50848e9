package io.livechat.channel.whatsapp.control;

import java.sql.SQLException;
import java.util.Set;

/** Whether a failure was another transaction in the way, which the next attempt does not meet again. */
final class Contention {

    /** MariaDB's deadlock, lock wait timeout and duplicate key (two transactions creating one row). */
    private static final Set<Integer> ERROR_CODES = Set.of(1213, 1205, 1062);

    private Contention() {
    }

    static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && (ERROR_CODES.contains(sql.getErrorCode())
                    || sql.getSQLState() != null && sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, as one line: what went wrong, without the layers that carried it. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
