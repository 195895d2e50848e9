package io.livechat.shared.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Checks a resource method's {@code @RolesAllowed} before its body is read and validated, so that a
 * caller whose role may not do it at all learns that (403), not what was wrong with the body (422).
 * The boundaries check again, with the bot: this only answers sooner. Plain JAX-RS, so that it works
 * the same on Payara's Jersey and WildFly's RESTEasy, neither of which does it by default.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            context.register(new Filter(List.of(allowed.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private record Filter(List<String> roles) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
                request.abortWith(Problem.roleRefused().toResponse());
            }
        }
    }
}
