package io.livechat.agent.control;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.boundary.FirstAdminBootstrapped;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The first admin's account, created in a transaction of its own with its audit record. */
@ApplicationScoped
public class FirstAdmins {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<FirstAdminBootstrapped> bootstrapped;

    @Inject
    private Clock clock;

    /** Whether anyone has the ADMIN role, enabled or not. */
    @Transactional
    public boolean exists() {
        return !em.createNamedQuery(UserAccount.IDS_OF_ROLE, Long.class).setParameter("role", Role.ADMIN)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Creates the admin unless one exists. Its own transaction, so that losing a race with another node
     * (a duplicate of {@link UserAccount#USERNAME_KEY}, raised here by the flush) rolls back only this.
     *
     * @return the new admin; empty when there was one already
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UserAccount> createUnlessOneExists(String username, String password, String passwordSetting) {
        if (exists()) {
            return Optional.empty();
        }
        UserAccount admin = accounts.create(username, username, Role.ADMIN, password);
        em.flush();
        bootstrapped.fire(new FirstAdminBootstrapped(admin.getId(), passwordSetting, clock.instant()));
        return Optional.of(admin);
    }
}
