package io.livechat.auth.boundary;

import java.util.Set;

/** Who a verified API token speaks for, and the groups (roles) it grants. */
public record CallerToken(String name, Set<String> groups) {

    public CallerToken {
        groups = Set.copyOf(groups);
    }
}
