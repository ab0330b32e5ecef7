package dev.tolk.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** The calling key's use of its limits, for {@code GET /v1/usage} and DeepL's {@code /v2/usage}. */
@ApplicationScoped
public class CallerUsage {

    private final Limits limits;

    CallerUsage(Limits limits) {
        this.limits = limits;
    }

    /**
     * The usage of the key checked for this request; empty when keys are off. Blocks briefly (Redis, with its
     * timeout): call it from a worker or virtual thread.
     */
    public Optional<Usage> now() {
        return Callers.current().map(key -> limits.usage(key).await().indefinitely());
    }
}
