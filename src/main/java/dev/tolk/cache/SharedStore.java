package dev.tolk.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/** The L2, shared by all replicas. Failures are swallowed (and counted): L2 is an optimisation, never a dependency. */
interface SharedStore {

    /** False for the stand-in used when no Redis is configured (so no L2 misses are counted). */
    boolean enabled();

    /** Values for the keys it has; missing keys are simply absent. Never throws. */
    Map<String, String> getAll(Collection<String> keys);

    /** Stores in the background. Never throws. */
    void putAll(Map<String, String> entries, Duration ttl);
}
