package io.livechat.agent.rest;

import io.livechat.agent.boundary.UserAdministration;
import io.livechat.agent.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** Admins create people. */
@Path("users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    private UserAdministration users;

    @POST
    @RolesAllowed("ADMIN")
    public Response create(@NotNull @Valid UserCreation creation) {
        UserResponse created = UserResponse.of(users.create(creation.username(), creation.displayName(),
                Role.valueOf(creation.role()), creation.password()));
        return Response.created(UriBuilder.fromPath("users/{username}").build(created.username()))
                .entity(created)
                .build();
    }
}
