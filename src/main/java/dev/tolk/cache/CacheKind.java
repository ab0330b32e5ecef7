package dev.tolk.cache;

import java.util.function.ToIntFunction;

/**
 * What a cache holds: its name (in metrics and spans), its values' type (for L2's JSON), their weight in L1 (bytes of
 * text) and its share of the pod's L1 budget ({@code tolk.cache.l1-max-mib}, for all caches together).
 */
public record CacheKind<V>(String name, Class<V> valueType, ToIntFunction<V> weigher, double l1Share) {
}
