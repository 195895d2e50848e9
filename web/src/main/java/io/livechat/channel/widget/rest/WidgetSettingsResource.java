package io.livechat.channel.widget.rest;

import io.livechat.channel.widget.boundary.WidgetAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Admins set which web sites may embed a bot's widget and whether it offers dictation, and read the
 * secret that signs user ids.
 */
@Path("bots/{botId}/widget")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WidgetSettingsResource {

    @Inject
    private WidgetAdministration widgets;

    @GET
    public WidgetSettingsResponse settings(@PathParam("botId") long botId) {
        return WidgetSettingsResponse.of(widgets.settings(botId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public WidgetSettingsResponse allowOrigins(@PathParam("botId") long botId, @NotNull @Valid WidgetOrigins origins) {
        return WidgetSettingsResponse.of(widgets.configure(botId, origins.allowedOrigins(), origins.dictation()));
    }
}
