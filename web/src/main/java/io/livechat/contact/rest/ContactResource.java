package io.livechat.contact.rest;

import io.livechat.contact.boundary.ContactNotes;
import io.livechat.contact.boundary.Contacts;
import io.livechat.shared.rest.PageParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The profile of a conversation's user, and the notes kept on them. */
@Path("conversations/{id}/contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    private Contacts contacts;

    @Inject
    private ContactNotes notes;

    @GET
    public ContactResponse profile(@PathParam("id") long conversationId) {
        return ContactResponse.of(contacts.profileOf(conversationId));
    }

    @GET
    @Path("notes")
    public Response notes(@PathParam("id") long conversationId, @Valid @BeanParam PageParameters page) {
        return page.ok(notes.ofConversation(conversationId, page.request()), NoteResponse::of);
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") long conversationId, @NotNull @Valid NoteRequest note) {
        return Response.status(Response.Status.CREATED)
                .entity(NoteResponse.of(notes.add(conversationId, note.text())))
                .build();
    }
}
