package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.PrivateNotes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Private notes of the bot's people in a conversation's transcript (sender NOTE in
 * {@code GET .../messages}); never sent to the user.
 */
@Path("conversations/{id}/private-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrivateNoteResource {

    @Inject
    private PrivateNotes notes;

    @POST
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long conversationId, @NotNull @Valid ReplyRequest note) {
        return Response.status(Response.Status.CREATED)
                .entity(MessageResponse.of(notes.add(conversationId, note.text())))
                .build();
    }
}
