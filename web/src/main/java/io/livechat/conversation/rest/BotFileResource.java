package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.FileView;
import io.livechat.conversation.boundary.Files;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.LinkedHashSet;

/** A bot's file limits: read by whoever may see the bot, set by admins. */
@Path("bots/{botId}/files")
@RequestScoped
public class BotFileResource {

    @Inject
    private Files files;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FileLimitsResponse limits(@PathParam("botId") long botId) {
        return FileLimitsResponse.of(files.policyOf(botId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public FileLimitsResponse change(@PathParam("botId") long botId, @NotNull @Valid FileLimitsRequest request) {
        return FileLimitsResponse.of(files.changePolicy(botId, request.maxBytes(),
                new LinkedHashSet<>(request.allowedTypes())));
    }
}
