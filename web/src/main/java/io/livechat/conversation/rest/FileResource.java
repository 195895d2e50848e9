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

/** A file of a transcript by its token, for anyone who may see the bot; served so that it runs nothing here. */
@Path("files")
@RequestScoped
public class FileResource {

    @Inject
    private Files files;

    @GET
    @Path("{token}")
    public Response download(@PathParam("token") String token) {
        FileView file = files.describe(token);
        Response.ResponseBuilder response = Response.ok((StreamingOutput) out -> files.copy(token, out));
        FileDownload.headers(file).forEach(response::header);
        return response.build();
    }
}
