package io.livechat.flow.rest;

import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.boundary.Flows;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Export ({@code GET}) and import ({@code PUT}) of a bot's workflow document. The flow document is
 * itself the exchange format, so an export can be edited and imported again; its version is also
 * the ETag, and If-Match (or the document's version) guards an import against a newer one.
 * The document is checked in the boundary, which names the bad step in the problem document.
 */
@Path("bots/{botId}/flow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlowResource {

    @Inject
    private Flows flows;

    @GET
    public Response export(@PathParam("botId") long botId) {
        return withTag(flows.current(botId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response importFlow(@PathParam("botId") long botId, @HeaderParam("If-Match") String ifMatch,
                               @NotNull FlowDefinition flow) {
        Integer expected = ifMatch == null ? flow.version() : version(ifMatch);
        try {
            return withTag(flows.replace(botId, flow, expected));
        } catch (ConflictException stale) {
            if (ifMatch == null) {
                throw stale; // the document's own version was stale: a conflict of content
            }
            // The request's precondition failed (RFC 9110, If-Match).
            return Problem.of(stale.type(), 412, Problem.title(412), stale.getMessage(), stale.details()).toResponse();
        }
    }

    private static Response withTag(FlowDefinition flow) {
        return Response.ok(flow).tag(new EntityTag(String.valueOf(flow.version()))).build();
    }

    /** If-Match: "3" (or W/"3"); "*" matches any version. */
    private static Integer version(String ifMatch) {
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (tag.equals("*")) {
            return null;
        }
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match must be the ETag of an exported flow, such as \"3\", not " + ifMatch);
        }
    }
}
