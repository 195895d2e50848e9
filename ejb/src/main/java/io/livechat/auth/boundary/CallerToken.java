package io.livechat.auth.boundary;

import jakarta.json.JsonObject;
import java.util.Set;

/**
 * Who a verified API token speaks for, the groups (roles) it names, whether this server issued it,
 * and all its claims (an external issuer's describe a person who may have no account here yet). The
 * groups are a hint only: where the person has an account here, the account decides.
 */
public record CallerToken(String name, Set<String> groups, boolean issuedHere, JsonObject claims) {

    public CallerToken {
        groups = Set.copyOf(groups);
    }
}
