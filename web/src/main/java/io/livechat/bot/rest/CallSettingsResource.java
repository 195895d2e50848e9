package io.livechat.bot.rest;

import io.livechat.bot.boundary.BotAdministration;
import io.livechat.bot.entity.CallProviderType;
import io.livechat.bot.entity.CallSettings;
import io.livechat.call.boundary.CallProjects;
import io.livechat.call.boundary.CallSettingsView;
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
 * Admins choose whether a bot's agents may call its web visitors and through which provider; saving
 * EnableX checks the project with EnableX first (422 {@code call-provider-refused} when it does not
 * accept the credentials or does not allow a kind enabled). The App Key is never returned.
 */
@Path("bots/{botId}/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallSettingsResource {

    @Inject
    private CallProjects projects;

    @Inject
    private BotAdministration bots;

    @GET
    @RolesAllowed("ADMIN")
    public CallSettingsView find(@PathParam("botId") long botId) {
        return projects.settings(botId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public CallSettingsView change(@PathParam("botId") long botId, @NotNull @Valid CallSettingsRequest request) {
        CallProviderType provider = request.provider() == null ? CallProviderType.BUILT_IN : request.provider();
        return projects.configure(botId, bots.find(botId).getVersion(),
                new CallSettings(request.audio(), request.video(), provider, request.projectId()), request.appKey());
    }
}
