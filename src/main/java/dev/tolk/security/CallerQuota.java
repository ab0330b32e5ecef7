package dev.tolk.security;

import java.util.concurrent.atomic.AtomicBoolean;

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
    public Runnable charge(long characters) {
        if (!keys.enabled()) {
            return NOTHING_TO_REFUND;
        }
        return Callers.current().map(key -> {
            limits.charge(key, characters);
            AtomicBoolean refunded = new AtomicBoolean();
            return (Runnable) () -> {
                if (refunded.compareAndSet(false, true)) {
                    limits.refund(key, characters);
                }
            };
        }).orElse(NOTHING_TO_REFUND);
    }
}
