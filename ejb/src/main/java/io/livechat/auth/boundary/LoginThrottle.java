package io.livechat.auth.boundary;

import io.livechat.shared.control.RateLimiter;
import io.livechat.shared.control.RateLimiter.Limit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wrong passwords per source address ({@code livechat.limit.failed-logins}, 20 a minute by default),
 * for the token endpoint and the login page alike: an address over its budget gets no password
 * checked until it refills. Right passwords cost nothing, so an office behind one address signs in
 * freely. Each account's own backoff is kept by {@code Accounts}.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    private RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "livechat.limit.failed-logins", defaultValue = "20/PT1M")
    private String failedLogins;

    private Limit limit;

    @PostConstruct
    void parse() {
        limit = Limit.parse(failedLogins);
    }

    /** Refuses with {@code RateLimitedException} while the address has used up its wrong passwords. */
    public void check(String address) {
        limiter.check(key(address), limit, "wrong passwords from this address");
    }

    /** Counts a wrong password of the address. */
    public void failed(String address) {
        limiter.spend(key(address), limit);
    }

    private static String key(String address) {
        return "failed-login:" + address;
    }
}
