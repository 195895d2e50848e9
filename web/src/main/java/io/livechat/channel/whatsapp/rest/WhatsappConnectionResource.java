package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.WhatsappAccounts;
import io.livechat.channel.whatsapp.boundary.WhatsappConnection;
import io.livechat.shared.rest.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** Admins connect a bot to its WhatsApp number and set the access token (which is never returned). */
@Path("bots/{botId}/whatsapp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WhatsappConnectionResource {

    @Inject
    private WhatsappAccounts accounts;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public WhatsappConnection connect(@PathParam("botId") long botId, @NotNull @Valid WhatsappConnectionRequest request) {
        return accounts.connect(botId, request.phoneNumberId(), request.accessToken());
    }

    @GET
    public WhatsappConnection find(@PathParam("botId") long botId) {
        return accounts.find(botId);
    }

    /** Webhook messages that could never be processed, with the reason: an admin sees what was lost. */
    @GET
    @Path("parked")
    public Response parked(@PathParam("botId") long botId, @Valid @BeanParam PageParameters page) {
        return page.ok(accounts.parked(botId, page.request()), Function.identity());
    }
}
