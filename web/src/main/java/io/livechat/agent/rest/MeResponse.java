package io.livechat.agent.rest;

import io.livechat.agent.entity.Presence;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;

/** The calling person. */
public record MeResponse(String username, String displayName, Role role, Presence presence) {

    public static MeResponse of(UserAccount account) {
        return new MeResponse(account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getPresence());
    }
}
