package io.livechat.agent.boundary;

import io.livechat.agent.control.PresenceChanges;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.handover.entity.Handover;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Admins create the people who use Live Chat, change their role, disable them and set their
 * passwords. An admin cannot disable or demote themselves: there must always be someone left who
 * can run the product (a refusal of type {@value #SELF}).
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed("ADMIN")
public class UserAdministration {

    /** Lower case, digits, dot, dash and underscore: safe in URLs and never mistaken for a bot caller. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");
    /** What {@link #USERNAME} allows, as a refusal says it. */
    public static final String USERNAME_RULE =
            "A username is 2 to 80 of a-z, 0-9, '.', '-' and '_', starting with a letter or digit";
    /** The problem type of an admin disabling or demoting themselves. */
    public static final String SELF = "own-account";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private PresenceChanges presenceChanges;

    @Inject
    private Clock clock;

    public UserAccount create(String username, String displayName, Role role, String password) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(USERNAME_RULE);
        }
        PasswordRule.requireStrong(username, password);
        return accounts.create(username, displayName, role, password);
    }

    /** Creates the person with an email address (optional: blank means none). */
    public UserAccount create(String username, @NotBlank @Size(max = 120) String displayName,
            @Email @Size(max = 254) String email, @NotNull Role role, String password) {
        UserAccount account = create(username, displayName.strip(), role, password);
        account.changeEmail(email);
        return account;
    }

    /** Everyone, by username. */
    public List<UserSummary> all() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList().stream().map(UserSummary::of).toList();
    }

    public UserAccount changeRole(long accountId, @NotNull Role role) {
        UserAccount account = find(accountId);
        if (role != Role.ADMIN) {
            requireNotCaller(account, "demote");
        }
        account.changeRole(role);
        return account;
    }

    /**
     * How many handovers are assigned to the person now. Neither a role change nor disabling takes
     * them away: they stay the person's until someone unassigns or resolves them.
     */
    public long assignedHandovers(long accountId) {
        return em.createNamedQuery(Handover.COUNT_ASSIGNED_TO, Long.class)
                .setParameter("accountId", find(accountId).getId())
                .getSingleResult();
    }

    /**
     * A disabled person can no longer sign in nor use a session they already have (it ends at its
     * next request), their API tokens are refused while disabled, and they go offline, which their
     * colleagues see at once.
     */
    public UserAccount disable(long accountId) {
        UserAccount account = find(accountId);
        requireNotCaller(account, "disable");
        boolean wasOnline = account.isOnline();
        account.disable(clock.instant());
        if (wasOnline) {
            presenceChanges.announce(account);
        }
        return account;
    }

    public UserAccount enable(long accountId) {
        UserAccount account = find(accountId);
        account.enable();
        return account;
    }

    /** Sets the password the admin chose. */
    public UserAccount changePassword(long accountId, String password) {
        UserAccount account = find(accountId);
        PasswordRule.requireStrong(account.getUsername(), password);
        account.changePasswordHash(passwordHash.generate(password.toCharArray()));
        return account;
    }

    /** Sets a new random password and returns it: the only time anyone sees it. */
    public String generatePassword(long accountId) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        changePassword(accountId, password);
        return password;
    }

    private UserAccount find(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("User", accountId);
        }
        return account;
    }

    private void requireNotCaller(UserAccount account, String what) {
        if (account.equals(accounts.current())) {
            throw new ConflictException(SELF, "An admin cannot " + what + " their own account");
        }
    }
}
