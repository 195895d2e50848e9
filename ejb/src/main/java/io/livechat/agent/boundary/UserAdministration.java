package io.livechat.agent.boundary;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.shared.boundary.InvalidInputException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/** Admins create the people who use Live Chat. */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed("ADMIN")
public class UserAdministration {

    /** Lower case, digits, dot, dash and underscore: safe in URLs and never mistaken for a bot caller. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");
    public static final int MIN_PASSWORD_LENGTH = 10;

    @Inject
    private Accounts accounts;

    public UserAccount create(String username, String displayName, Role role, String password) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("A username is 2 to 80 of a-z, 0-9, '.', '-' and '_', starting with a letter or digit");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return accounts.create(username, displayName, role, password);
    }
}
