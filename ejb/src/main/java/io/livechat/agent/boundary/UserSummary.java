package io.livechat.agent.boundary;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import java.io.Serializable;

/**
 * A person as the admin pages list them. The pages keep their lists in view-scoped beans, which a
 * cluster replicates with the session: a summary carries no password hash and nothing lazy, where
 * the entity would carry both to every node.
 */
public record UserSummary(long id, String username, String displayName, String email, Role role, boolean enabled)
        implements Serializable {

    public static UserSummary of(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmail().orElse(null), account.getRole(), account.isEnabled());
    }
}
