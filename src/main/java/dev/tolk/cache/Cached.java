package dev.tolk.cache;

/**
 * A value as the cache holds it.
 *
 * @param model     the model that produced it (reported in responses)
 * @param cacheable false for output that must be shared with concurrent waiters but never stored (fallback,
 *                  demo, failed checks)
 */
public record Cached<V>(V value, String model, boolean cacheable) {
}
