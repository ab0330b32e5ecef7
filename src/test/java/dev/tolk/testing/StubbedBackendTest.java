package dev.tolk.testing;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.tolk.cache.Caches;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Base of the tests driven by the {@link TestBackend} stub: each test starts with no stubs or logged requests, empty
 * caches and closed breakers, so call counts mean exactly what the test did.
 */
public abstract class StubbedBackendTest {

    @TestBackend.Inject
    protected WireMockServer backend;

    @Inject
    protected Caches caches;

    @BeforeEach
    void resetBackendCachesAndBreakers() {
        beforeReset();
        backend.resetAll();
        caches.clearLocal();
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Runs before the reset, e.g. a throw-away first call whose traces the reset then removes. */
    protected void beforeReset() {
    }
}
