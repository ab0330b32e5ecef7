package dev.tolk.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Keys on and no key configured is a misconfiguration, not an open service: the pod stays out of the Service until
 * the keys file is fixed (it is read again without a restart).
 */
@Readiness
@ApplicationScoped
class KeysReadiness implements HealthCheck {

    private final ApiKeys keys;

    KeysReadiness(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public HealthCheckResponse call() {
        String unusable = keys.unusable();
        var response = HealthCheckResponse.named("api-keys").withData("enabled", keys.enabled())
                .withData("keys", keys.count());
        return unusable == null ? response.up().build() : response.withData("reason", unusable).down().build();
    }
}
