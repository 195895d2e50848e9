package io.livechat.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** {@link HealthChecks#whatsappParked()} for MicroProfile Health. */
@Liveness
@ApplicationScoped
public class WhatsappParked implements HealthCheck {

    @Inject
    private HealthChecks checks;

    @Override
    public HealthCheckResponse call() {
        return MicroProfileHealth.response(checks.whatsappParked());
    }
}
