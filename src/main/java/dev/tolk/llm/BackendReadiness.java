package dev.tolk.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a backend is configured. Deliberately not tied to the backend answering or to breaker state: when a
 * shared backend is down every replica would go unready at once, and clients would get connection errors instead
 * of tolk's 503 with Retry-After.
 */
@Readiness
@ApplicationScoped
public class BackendReadiness implements HealthCheck {

    private final Backends backends;

    BackendReadiness(Backends backends) {
        this.backends = backends;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("llm-backend");
        if (!backends.configured()) {
            return health.down().withData("error", Backends.NOT_CONFIGURED).build();
        }
        for (Backend b : backends.chain()) {
            health.withData(b.role(), b.provider() + " " + b.model());
        }
        return health.up().build();
    }
}
