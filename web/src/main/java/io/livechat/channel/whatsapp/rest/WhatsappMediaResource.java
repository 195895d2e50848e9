package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.MediaContent;
import io.livechat.channel.whatsapp.boundary.WhatsappMedia;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.livechat.channel.whatsapp.boundary.MediaView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import java.util.List;
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

    /** The assigned agent sends a file: the raw bytes as the body, its type as Content-Type, its name as a query parameter. */
    @POST
    @Path("conversations/{id}/media")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") long conversationId,
                         @QueryParam("fileName") @NotBlank @Size(max = 200) String fileName,
                         @HeaderParam("Content-Type") String contentType, byte[] content) {
        String mimeType = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType.split(";")[0].strip();
        MediaView sent = media.sendFile(conversationId, fileName.strip(), mimeType, content == null ? new byte[0] : content);
        return Response.status(Response.Status.CREATED)
                .entity(new WhatsappMediaResponse(sent.messageId(), List.of(WhatsappMediaResponse.Item.of(sent)), null))
                .build();
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
