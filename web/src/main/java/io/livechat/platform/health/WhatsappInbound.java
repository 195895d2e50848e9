package io.livechat.platform.health;

import io.livechat.channel.whatsapp.boundary.WhatsappWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The WhatsApp inbound backlog and whether the webhook takes more, for monitoring. Always up, and
 * never a readiness check: the backlog is the whole cluster's (one table), so a readiness that
 * followed it would take every node out of the load balancer at once, consoles included.
 */
@Liveness
@ApplicationScoped
public class WhatsappInbound implements HealthCheck {

    @Inject
    private WhatsappWebhook webhook;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("whatsapp-inbound").up()
                .withData("inboundBacklog", webhook.backlog())
                .withData("acceptingWebhooks", webhook.isAccepting())
                .build();
    }
}
