package io.livechat.auth.control;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An identity provider's signing keys by key id, read from where it publishes them. A token that
 * names a key not in the set is the sign of a rotation: the set is read again, at most once per
 * {@link #REFRESH_INTERVAL}, so that tokens with made-up key ids cost the provider one request per
 * interval however many arrive. A read that fails keeps the keys the set had.
 */
public final class KeySet {

    /** The least time between two reads caused by unknown keys. */
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(KeySet.class.getName());

    /** Where the keys come from: PEM, a JWK or a JWK Set, as {@link PublicKeyReader} reads them. */
    @FunctionalInterface
    public interface Source {
        String read() throws Exception;
    }

    private final String name;
    private final Source source;
    private final Clock clock;
    private volatile Map<String, PublicKey> keys = Map.of();
    private Instant lastRefresh;

    /** A set read from the source when first asked for a key (or {@link #load()}). */
    public KeySet(String name, Source source, Clock clock) {
        this.name = name;
        this.source = source;
        this.clock = clock;
    }

    /** A set of fixed keys that is never read again. */
    public static KeySet fixed(Map<String, PublicKey> keys) {
        KeySet fixed = new KeySet("fixed keys", null, Clock.systemUTC());
        fixed.keys = Map.copyOf(keys);
        return fixed;
    }

    /** Reads the keys now, whenever the last read was; how many there are. */
    public synchronized int load() {
        if (source != null) {
            read();
        }
        return keys.size();
    }

    /**
     * The key for the token's key id; a single key without an id, or a single key when the token names
     * none, serves every token. A key not in the set reads the set again if the interval allows.
     */
    public Optional<PublicKey> key(Optional<String> kid) {
        Optional<PublicKey> key = pick(keys, kid);
        return key.isPresent() || source == null ? key : refreshedFor(kid);
    }

    private synchronized Optional<PublicKey> refreshedFor(Optional<String> kid) {
        // Another token with this key may have read the set while this one waited for the lock.
        Optional<PublicKey> key = pick(keys, kid);
        Instant now = clock.instant();
        if (key.isPresent() || lastRefresh != null && now.isBefore(lastRefresh.plus(REFRESH_INTERVAL))) {
            return key;
        }
        lastRefresh = now;
        read();
        return pick(keys, kid);
    }

    private void read() {
        try {
            keys = Map.copyOf(PublicKeyReader.read(source.read()));
            LOG.log(Level.INFO, "Read {0} signing keys of {1}", new Object[] {keys.size(), name});
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.WARNING, "Cannot read the signing keys of {0}, keeping the {1} known: {2}",
                    new Object[] {name, keys.size(), e.toString()});
        }
    }

    private static Optional<PublicKey> pick(Map<String, PublicKey> keys, Optional<String> kid) {
        if (keys.size() == 1 && (kid.isEmpty() || keys.containsKey("") || keys.containsKey(kid.get()))) {
            return Optional.of(keys.values().iterator().next());
        }
        return kid.map(keys::get);
    }
}
