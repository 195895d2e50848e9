package io.livechat.agent.boundary;

import io.livechat.agent.control.IdleAgents;
import io.livechat.agent.control.LoginFailures;
import io.livechat.agent.control.PresenceChanges;
import io.livechat.agent.entity.Presence;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.RateLimitedException;
import io.livechat.shared.control.UniqueKeys;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The people who sign in: who is calling, password checks with Jakarta Security's PBKDF2, and an
 * agent's presence. The caller is whoever the container authenticated for this request.
 */
@Stateless
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Clock clock;

    @Inject
    private LoginFailures loginFailures;

    @Inject
    private PresenceChanges presenceChanges;

    @Inject
    private IdleAgents idleAgents;

    /**
     * The account of exactly this username. Usernames are unique ignoring case (the column compares
     * so, and nobody can be created as "Alice" beside "alice"), but a caller named "Admin" or "admin "
     * is not the account "admin".
     */
    public Optional<UserAccount> findByUsername(String username) {
        return findByUsernameIgnoringCase(username).filter(account -> account.getUsername().equals(username));
    }

    private Optional<UserAccount> findByUsernameIgnoringCase(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The enabled account of the caller; a caller without one (a bot token) is refused. */
    public UserAccount current() {
        String name = session.getCallerPrincipal().getName();
        return findByUsername(name)
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("Only a signed-in user may do this"));
    }

    /**
     * The enabled account whose password this is; empty for a wrong password or an unknown user. An
     * account that had too many wrong passwords in a row checks none for a while: refused with
     * {@link RateLimitedException}, whether this one is right or not.
     */
    public Optional<UserAccount> authenticate(String username, String password) {
        Optional<UserAccount> account = findByUsername(username);
        account.flatMap(known -> loginFailures.blockedFor(known.getId())).ifPresent(wait -> {
            throw new RateLimitedException("Too many wrong passwords for this account in a row; try again in "
                    + RateLimitedException.seconds(wait) + " s", wait);
        });
        Optional<String> hash = account.flatMap(UserAccount::getPasswordHash);
        if (hash.isEmpty()) {
            // Hash anyway, so that the answer takes as long for an unknown user as for a known one.
            passwordHash.generate(password.toCharArray());
            return Optional.empty();
        }
        if (!passwordHash.verify(password.toCharArray(), hash.get())) {
            loginFailures.failed(account.get().getId());
            return Optional.empty();
        }
        loginFailures.succeeded(account.get().getId());
        return account.filter(UserAccount::isEnabled);
    }

    /** How long the account still refuses to check a password (after too many wrong ones); empty when it may try. */
    public Optional<Duration> loginBlockedFor(String username) {
        return findByUsername(username).flatMap(account -> loginFailures.blockedFor(account.getId()));
    }

    public UserAccount create(String username, String displayName, Role role, String password) {
        if (findByUsernameIgnoringCase(username).isPresent()) {
            throw new ConflictException("username-taken", "The username " + username + " is taken");
        }
        UserAccount account = new UserAccount(username, displayName, role, clock.instant());
        account.changePasswordHash(passwordHash.generate(password.toCharArray()));
        em.persist(account);
        return account;
    }

    /**
     * The account of a person the identity provider vouched for: matched by username, else by a
     * unique email, else created without a password. The provider's role wins over the stored one,
     * so that the role the session carries and the one the boundaries check are the same. A disabled
     * account stays refused. Two first sign-ins at once (two tabs, two nodes) create one account: the
     * one whose transaction ends on the username's unique key signs in again in a new transaction and
     * finds the other's.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<UserAccount> signInBySingleSignOn(SingleSignOnIdentity identity) {
        Accounts self = session.getBusinessObject(Accounts.class);
        return againIfCreatedMeanwhile(() -> self.signInBySingleSignOnOnce(identity));
    }

    /** One attempt of {@link #signInBySingleSignOn}, in its own transaction; not for other callers. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UserAccount> signInBySingleSignOnOnce(SingleSignOnIdentity identity) {
        // Identity providers treat usernames ignoring case, as this column does.
        UserAccount account = findByUsernameIgnoringCase(identity.username())
                .or(() -> identity.email().flatMap(this::findUniqueByEmail))
                .orElseGet(() -> createForSingleSignOn(identity));
        if (!account.isEnabled()) {
            return Optional.empty();
        }
        account.changeRole(identity.role());
        if (account.getEmail().isEmpty()) {
            identity.email().ifPresent(account::changeEmail);
        }
        return Optional.of(account);
    }

    /**
     * The account a person the identity provider vouched for has at their first API call: the account
     * of exactly this username, created as {@link #signInBySingleSignOn} creates it when nobody has the
     * username in any case. Empty if someone has it in another case (a token speaks for exactly its
     * username) or the account is disabled. Two first calls at once create one account: the one whose
     * transaction ends on the username's unique key finds the other's in a new transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<UserAccount> provisionBySingleSignOn(SingleSignOnIdentity identity) {
        Accounts self = session.getBusinessObject(Accounts.class);
        return againIfCreatedMeanwhile(() -> self.provisionBySingleSignOnOnce(identity));
    }

    /**
     * Runs an attempt that may create an account in its own transaction, once more when that ended on
     * the username's unique key: someone else created the account meanwhile, and the second attempt finds it.
     */
    private static <T> T againIfCreatedMeanwhile(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (EJBException e) {
            if (!UniqueKeys.violated(e, UserAccount.USERNAME_KEY)) {
                throw e;
            }
            return attempt.get();
        }
    }

    /** One attempt of {@link #provisionBySingleSignOn}, in its own transaction; not for other callers. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UserAccount> provisionBySingleSignOnOnce(SingleSignOnIdentity identity) {
        UserAccount account = findByUsernameIgnoringCase(identity.username())
                .orElseGet(() -> createForSingleSignOn(identity));
        return Optional.of(account)
                .filter(found -> found.getUsername().equals(identity.username()))
                .filter(UserAccount::isEnabled);
    }

    private Optional<UserAccount> findUniqueByEmail(String email) {
        var matches = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email).setMaxResults(2).getResultList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private UserAccount createForSingleSignOn(SingleSignOnIdentity identity) {
        UserAccount account = new UserAccount(identity.username(), identity.displayName(), identity.role(),
                clock.instant());
        identity.email().ifPresent(account::changeEmail);
        em.persist(account);
        return account;
    }

    /**
     * Sets the caller's presence and tells the consoles of their bots. Going offline does not unassign
     * what the agent holds; a bot may return it to the queue after a while (handover.control.OfflineReturns).
     */
    public UserAccount changePresence(Presence presence) {
        UserAccount account = current();
        if (presence == account.getPresence()) {
            return account;
        }
        if (presence == Presence.ONLINE) {
            account.goOnline();
        } else {
            account.goOffline(clock.instant());
        }
        presenceChanges.announce(account);
        return account;
    }

    /** The caller signs out of the console: offline, and the consoles they close now count for nothing. */
    public void signOut() {
        findByUsername(session.getCallerPrincipal().getName()).ifPresent(account -> {
            if (account.isOnline()) {
                account.goOffline(clock.instant());
                presenceChanges.announce(account);
            }
            idleAgents.forgetClosedConsoles(account.getId(), clock.instant());
        });
    }
}
