package io.livechat.history.control;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small cache of values that may be a little stale: at most {@code capacity} entries (the least
 * recently used goes first), each kept for {@code lifetime}. Safe for many threads; a value is
 * computed outside the lock, so a slow computation holds up nobody else (two callers who miss the
 * same key together both compute it).
 */
public final class BoundedCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final int capacity;
    private final Duration lifetime;
    private final Supplier<Instant> clock;
    private final Map<K, Entry<V>> entries;

    /** @param clock the time now, such as {@code clock::instant} */
    public BoundedCache(int capacity, Duration lifetime, Supplier<Instant> clock) {
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The value kept for the key if it has not expired, else the computed one (then kept). */
    public V get(K key, Supplier<V> compute) {
        Instant now = clock.get();
        synchronized (entries) {
            Entry<V> kept = entries.get(key);
            if (kept != null && now.isBefore(kept.expires())) {
                return kept.value();
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry<>(value, now.plus(lifetime)));
            if (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return value;
    }

    /** How many entries are kept now, expired ones included until they are pushed out. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
