package io.livechat.shared.rest;

import io.livechat.shared.boundary.BusinessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a boundary's refusal into a problem document with the matching status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        return Problem.of(exception).toResponse();
    }
}
