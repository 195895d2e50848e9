package io.livechat.agent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An account's consecutive wrong passwords ({@code login_failure}): from the {@code after}-th on, the
 * account checks no password for {@code first}, doubling with every further failure up to
 * {@code max}. A right password clears the record. Counted with one atomic upsert, so parallel
 * guesses are all counted and never conflict with an edit of the account itself.
 */
@ApplicationScoped
public class LoginFailures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "livechat.login.backoff.after", defaultValue = "5")
    private int after;

    @Inject
    @ConfigProperty(name = "livechat.login.backoff.first", defaultValue = "PT30S")
    private Duration first;

    @Inject
    @ConfigProperty(name = "livechat.login.backoff.max", defaultValue = "PT15M")
    private Duration max;

    /** How long the account still refuses to check a password; empty when it may try now. */
    public Optional<Duration> blockedFor(long accountId) {
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery("SELECT blocked_until FROM login_failure WHERE account_id = ?1")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream()
                .map(LoginFailures::instant)
                .flatMap(Optional::stream)
                .filter(now::isBefore)
                .map(until -> Duration.between(now, until))
                .findFirst();
    }

    /** Counts a wrong password; from the threshold on, the account waits before the next try. */
    public void failed(long accountId) {
        em.createNativeQuery("INSERT INTO login_failure (account_id, failures) VALUES (?1, 1)"
                        + " ON DUPLICATE KEY UPDATE failures = failures + 1")
                .setParameter(1, accountId)
                .executeUpdate();
        int failures = ((Number) em.createNativeQuery("SELECT failures FROM login_failure WHERE account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).intValue();
        if (failures >= after) {
            em.createNativeQuery("UPDATE login_failure SET blocked_until = ?1 WHERE account_id = ?2")
                    .setParameter(1, Timestamp.from(clock.instant().plus(backoff(failures - after, first, max))))
                    .setParameter(2, accountId)
                    .executeUpdate();
        }
    }

    /** A right password: the count starts over. */
    public void succeeded(long accountId) {
        em.createNativeQuery("DELETE FROM login_failure WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
    }

    /** The driver's value of a DATETIME column, written by {@link #failed} as a Timestamp. */
    private static Optional<Instant> instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return Optional.of(timestamp.toInstant());
        }
        if (value instanceof LocalDateTime local) {
            return Optional.of(Timestamp.valueOf(local).toInstant());
        }
        return Optional.empty();
    }

    /** first, 2 first, 4 first, ... at most max. */
    static Duration backoff(int beyond, Duration first, Duration max) {
        if (beyond >= 40) {
            return max;
        }
        Duration wait = first.multipliedBy(1L << beyond);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
