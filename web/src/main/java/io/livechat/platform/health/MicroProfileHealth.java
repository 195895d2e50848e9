package io.livechat.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** A {@link Check} as MicroProfile Health reports it. */
final class MicroProfileHealth {

    private MicroProfileHealth() {
    }

    static HealthCheckResponse response(Check check) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(check.name()).status(check.up());
        check.eachDatum(response::withData, response::withData, response::withData);
        return response.build();
    }
}
