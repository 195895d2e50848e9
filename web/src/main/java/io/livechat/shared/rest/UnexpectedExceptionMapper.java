package io.livechat.shared.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Everything no other mapper knows. A container's role check becomes 403 and a lost optimistic race
 * 409; anything else is logged under an id the 500 answer names, and reveals nothing of the cause.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (causedBy(exception, EJBAccessException.class) || causedBy(exception, AccessLocalException.class)) {
            return Problem.roleRefused().toResponse();
        }
        if (causedBy(exception, OptimisticLockException.class)) {
            return Problem.of("concurrent-update", 409, "Someone changed this at the same moment; try again")
                    .toResponse();
        }
        return Problem.incident(LOG, exception).toResponse();
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
