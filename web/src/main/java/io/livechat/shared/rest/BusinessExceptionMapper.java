package io.livechat.shared.rest;

import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a boundary's refusal into a problem document with the matching status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        int status = statusOf(exception);
        return Problem.of(exception.type(), status, Problem.title(status), exception.getMessage(), exception.details())
                .toResponse();
    }

    private static int statusOf(BusinessException exception) {
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof AccessDeniedException) {
            return 403;
        }
        if (exception instanceof ConflictException) {
            return 409;
        }
        if (exception instanceof InvalidInputException) {
            return 422;
        }
        return 400;
    }
}
