package dev.tolk.llm;

/**
 * A parsed reply.
 *
 * @param usage tokens spent on all attempts this call made, failed ones included
 */
public record LlmResult<T>(T value, Backend backend, Usage usage) {

    /** Only the primary's real output is cached: not the demo's placeholders, and not a fallback's stand-in. */
    public boolean cacheable() {
        return "primary".equals(backend.role()) && !backend.isDemo();
    }

    public String model() {
        return backend.model();
    }
}
