package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.WhatsappMedia;
import io.livechat.conversation.rest.FileResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The files and locations WhatsApp users sent, for the people who may see the bot. Files are
 * downloaded, and sent, as every channel's ({@code /files/{token}}, {@code /conversations/{id}/files}).
 */
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
                media.attachmentsOf(messageId).stream().map(FileResponse::of).toList(),
                media.locationOf(messageId).orElse(null));
    }
}
