package dev.tolk.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.pipeline.CharacterQuota;

/**
 * Charges characters to the key of the request being served ({@link Callers}). Work with no caller (keys off, a job
 * worker running what was charged at submit) is not charged again.
 */
@ApplicationScoped
class CallerQuota implements CharacterQuota {

    private final ApiKeys keys;
    private final Limits limits;

    CallerQuota(ApiKeys keys, Limits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    @Override
    public void charge(long characters) {
        if (keys.enabled()) {
            Callers.current().ifPresent(key -> limits.charge(key, characters));
        }
    }
}
