package io.livechat.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@link HealthChecks#database()} for MicroProfile Health. Only CDI injects it (no server resource
 * of its own), so a server without MicroProfile Health passes over the class instead of failing
 * the deployment.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private HealthChecks checks;

    @Override
    public HealthCheckResponse call() {
        return MicroProfileHealth.response(checks.database());
    }
}
