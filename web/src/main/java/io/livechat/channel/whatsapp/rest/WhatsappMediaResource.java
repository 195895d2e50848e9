package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.MediaContent;
import io.livechat.channel.whatsapp.boundary.WhatsappMedia;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The files and locations WhatsApp users sent, for the people who may see the bot. */
@Path("whatsapp")
@RequestScoped
public class WhatsappMediaResource {

    @Inject
    private WhatsappMedia media;

    @GET
    @Path("messages/{messageId}/media")
    @Produces(MediaType.APPLICATION_JSON)
    public WhatsappMediaResponse ofMessage(@PathParam("messageId") long messageId) {
        return new WhatsappMediaResponse(messageId,
                media.attachmentsOf(messageId).stream().map(WhatsappMediaResponse.Item::of).toList(),
                media.locationOf(messageId).orElse(null));
    }

    @GET
    @Path("media/{id}/content")
    public Response content(@PathParam("id") long id) {
        MediaContent content = media.content(id);
        // Served as a download, never rendered in our origin: a user's file is untrusted content.
        return Response.ok(content.content(), content.mimeType())
                .header("Content-Disposition", "attachment")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
