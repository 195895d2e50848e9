package io.livechat.platform.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for per-address limits and logs: behind the load balancers
 * named in {@code livechat.http.trusted-proxies}, the address they received it from; otherwise the
 * connection's own. Without it, every visitor behind a load balancer would share one address and
 * one limit.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "livechat.http.trusted-proxies")
    private Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
