package io.livechat.shared.rest;

import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * The paging query of a list ({@code ?limit=&cursor=}) and its answer: the page's items as a JSON
 * array (the body a list always had), {@code Link: <...>; rel="next"} to the next page while there
 * is one, and {@code X-Total-Count} where the list counts its rows. A limit out of range and a
 * cursor this server did not give are invalid input (422). Use as {@code @Valid @BeanParam}.
 */
public class PageParameters {

    public static final String TOTAL_COUNT = "X-Total-Count";

    // A String, so that limit=abc is refused by validation as 422 rather than by JAX-RS as 404.
    @QueryParam("limit")
    @DefaultValue("" + PageRequest.DEFAULT_LIMIT)
    @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
    @Min(1)
    @Max(PageRequest.MAX_LIMIT)
    private String limit;

    @QueryParam("cursor")
    @Size(max = 200)
    private String cursor;

    @Context
    private UriInfo uri;

    public PageRequest request() {
        return PageRequest.of(Integer.parseInt(limit), cursor);
    }

    /** 200 with the page's items as the body, each as the response record the function makes. */
    public <T, R> Response ok(Page<T> page, Function<T, R> toResponse) {
        Response.ResponseBuilder answer = Response.ok(page.items().stream().map(toResponse).toList());
        if (page.hasNext()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next().encode()).build(), "next");
        }
        if (page.total() != null) {
            answer.header(TOTAL_COUNT, page.total());
        }
        return answer.build();
    }
}
