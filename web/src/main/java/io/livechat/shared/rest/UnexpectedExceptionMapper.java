package io.livechat.shared.rest;

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
        return Problem.unexpected(LOG, exception).toResponse();
    }
}
