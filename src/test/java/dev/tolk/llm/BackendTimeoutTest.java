package dev.tolk.llm;

import static dev.tolk.testing.BackendAssertions.assertBackendUnavailable;
import static dev.tolk.testing.BackendAssertions.delta;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A backend slower than the per-attempt timeout: every attempt is cut off by the guard's timeout (not the HTTP
 * client's longer backstop), retried as transient, and the request ends in a 503. The timeout is 300 ms here so that
 * three attempts take about a second.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(BackendTimeoutTest.ShortTimeout.class)
class BackendTimeoutTest extends StubbedBackendTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.llm.timeout", "300ms");
        }
    }

    /** Longer than the HTTP client's backstop (timeout + 1 s), so only the guard's timeout explains a quick end. */
    static final int BACKEND_DELAY_MILLIS = 2500;

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void everyAttemptTimesOutThenA503(Endpoint endpoint) {
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.stub().willReturn(call.goodReply().withFixedDelay(BACKEND_DELAY_MILLIS)));
        }
        Metrics before = Metrics.scrape();

        long start = System.nanoTime();
        Response reply = endpoint.post();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertBackendUnavailable(reply);
        BackendAssertions.assertAttempts(backend, endpoint, BackendFaultsTest.ATTEMPTS);
        // 3 × 300 ms and two short backoffs; 3 × the HTTP client's backstop would be 3 s or more.
        assertThat(elapsedMillis).isLessThan(2500);
        assertThat(delta(before, Metrics.scrape(), "tolk_backend_calls_total", "backend", "primary", "outcome",
                "timeout")).isEqualTo(BackendFaultsTest.ATTEMPTS * endpoint.calls().size());
    }
}
