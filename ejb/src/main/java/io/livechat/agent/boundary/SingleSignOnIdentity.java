package io.livechat.agent.boundary;

import io.livechat.agent.entity.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as the identity provider's verified ID token describes them: the username Live Chat
 * knows them by, their email if given, a name to show, and the one role their groups map to.
 */
public record SingleSignOnIdentity(String username, Optional<String> email, String displayName, Role role) {

    public SingleSignOnIdentity {
        Objects.requireNonNull(username);
        Objects.requireNonNull(email);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(role);
    }
}
