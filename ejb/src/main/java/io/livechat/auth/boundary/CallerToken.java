package io.livechat.auth.boundary;

import java.util.Set;

/**
 * Who a verified API token speaks for, the groups (roles) it names, and whether this server issued
 * it. The groups are a hint only: where the person has an account here, the account decides.
 */
public record CallerToken(String name, Set<String> groups, boolean issuedHere) {

    public CallerToken {
        groups = Set.copyOf(groups);
    }
}
