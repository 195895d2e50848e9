package io.livechat.agent.rest;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;

/** A person as admins see them. */
public record UserResponse(String username, String displayName, Role role, boolean enabled) {

    public static UserResponse of(UserAccount account) {
        return new UserResponse(account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isEnabled());
    }
}
