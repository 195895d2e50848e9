package io.livechat.shared.rest;

import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.boundary.RateLimitedException;
import io.livechat.shared.json.Jsonp;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code detail}, plus
 * extension members such as the assignee who won an assign race.
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_PREFIX = "urn:livechat:problem:";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(String slug, int status, String detail) {
        return of(slug, status, title(status), detail, Map.of());
    }

    public static Problem of(String slug, int status, String title, String detail, Map<String, Object> extensions) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, extensions);
    }

    /** A boundary's refusal, with the status its kind answers (one mapping for the API and the widget servlet). */
    public static Problem of(BusinessException refusal) {
        int status = statusOf(refusal);
        return of(refusal.type(), status, title(status), refusal.getMessage(), refusal.details());
    }

    private static int statusOf(BusinessException refusal) {
        if (refusal instanceof NotFoundException) {
            return 404;
        }
        if (refusal instanceof AccessDeniedException) {
            return 403;
        }
        if (refusal instanceof ConflictException) {
            return 409;
        }
        if (refusal instanceof InvalidInputException) {
            return 422;
        }
        if (refusal instanceof RateLimitedException) {
            return 429;
        }
        return 400;
    }

    /** The caller's role may not do this at all, whichever bot it is about. */
    public static Problem roleRefused() {
        return of("access-denied", 403, "Your role does not allow this");
    }

    /** The seconds to send as Retry-After: a rate limit's wait. */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(extensions.get("retryAfter")).map(String::valueOf);
    }

    /**
     * A failure nobody foresaw: logged with its cause under a new incident id, which the 500 answer
     * names so that support can find the log; the answer itself reveals nothing of the cause.
     */
    private static Problem incident(Logger log, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        log.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return of("internal-error", 500, "Something went wrong on our side (incident " + incident + ")");
    }

    /**
     * The problem of a failure no business exception describes, for the API's mapper and the servlets
     * alike: a container's role check is 403, a lost optimistic race 409, anything else an incident.
     */
    public static Problem unexpected(Logger log, Throwable failure) {
        if (causedBy(failure, EJBAccessException.class) || causedBy(failure, AccessLocalException.class)) {
            return roleRefused();
        }
        if (causedBy(failure, OptimisticLockException.class)) {
            return of("concurrent-update", 409, "Someone changed this at the same moment; try again");
        }
        return incident(log, failure);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The reason phrase of a status; Jakarta REST 3.1 has none for 422 and 429. */
    public static String title(int status) {
        if (status == 422) {
            return "Unprocessable Content";
        }
        if (status == 429) {
            return "Too Many Requests";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        extensions.forEach((name, value) -> json.add(name, Jsonp.createValue(String.valueOf(value))));
        return json.build();
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA).entity(toJson().toString());
        retryAfter().ifPresent(seconds -> response.header("Retry-After", seconds));
        return response.build();
    }

    /** The same answer from a servlet (the widget API, the WhatsApp webhook), which has no JAX-RS response. */
    public void writeTo(HttpServletResponse response) throws IOException {
        retryAfter().ifPresent(seconds -> response.setHeader("Retry-After", seconds));
        byte[] body = toJson().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
