package dev.tolk.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counting when Redis does not answer: per replica, in memory, with the same check-then-add as the Redis script
 * (atomic per key through {@link ConcurrentHashMap#compute}). Each replica then allows the full limit on its own:
 * the documented price of an outage, better than refusing every request.
 */
final class MemoryCounters {

    /** Past this many windows held, expired ones are dropped (a window per key and minute or month: few). */
    private static final int PURGE_ABOVE = 10_000;

    private record Window(long total, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    Count add(String key, long amount, long limit, long nowMillis, Duration ttl) {
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(w -> w.expiresAtMillis() <= nowMillis);
        }
        boolean[] admitted = new boolean[1];
        Window after = windows.compute(key, (k, w) -> {
            Window current = w == null || w.expiresAtMillis() <= nowMillis ? new Window(0, nowMillis + ttl.toMillis()) : w;
            if (limit >= 0 && current.total() + amount > limit) {
                return current;
            }
            admitted[0] = true;
            return new Window(current.total() + amount, current.expiresAtMillis());
        });
        return new Count(admitted[0], after.total(), Duration.ofMillis(after.expiresAtMillis() - nowMillis));
    }

    long read(String key, long nowMillis) {
        Window w = windows.get(key);
        return w == null || w.expiresAtMillis() <= nowMillis ? 0 : w.total();
    }
}
