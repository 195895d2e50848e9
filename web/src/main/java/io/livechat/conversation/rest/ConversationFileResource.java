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

/**
 * The assigned agent sends a file: the raw bytes as the body, the name as a query parameter; the type
 * is read from the bytes. Stored as the agent's reply and delivered through the conversation's channel.
 */
@Path("conversations/{id}/files")
@RequestScoped
public class ConversationFileResource {

    @Inject
    private Files files;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public Response send(@PathParam("id") long conversationId, @QueryParam("fileName") String fileName,
                         @HeaderParam("Content-Length") long length, InputStream content) {
        return Response.status(Response.Status.CREATED)
                .entity(MessageResponse.of(files.send(conversationId, fileName, length, content)))
                .build();
    }
}
