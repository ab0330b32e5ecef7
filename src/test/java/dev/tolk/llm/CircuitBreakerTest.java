package dev.tolk.llm;

import static dev.tolk.testing.BackendAssertions.assertBackendUnavailable;
import static dev.tolk.testing.BackendAssertions.delta;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static dev.tolk.testing.OpenAiStub.chat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The primary's circuit breaker with a window of 4 attempts: it opens once half of them failed, then every endpoint
 * fails fast with a 503 whose Retry-After is the breaker's remaining open time, without calling the backend.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(CircuitBreakerTest.SmallWindow.class)
class CircuitBreakerTest extends StubbedBackendTest {

    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.llm.resilience.breaker-window", "4",
                    "tolk.llm.resilience.breaker-delay", "30s");
        }
    }

    static final String STATE = "tolk_circuit_breaker_state";
    static final String CALLS = "tolk_backend_calls_total";

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    @Test
    void opensAfterTheWindowThenEveryEndpointFailsFastWithoutCallingTheBackend() {
        backend.stubFor(chat().willReturn(openAiError(503)));
        assertThat(Metrics.scrape().get(STATE, "backend", "primary")).isEqualTo(0.0);

        openBreaker();

        Metrics before = Metrics.scrape();
        assertThat(before.get(STATE, "backend", "primary")).isEqualTo(2.0);
        for (Endpoint endpoint : Endpoint.values()) {
            Response reply = endpoint.post();
            assertBackendUnavailable(reply);
            assertThat(Integer.parseInt(reply.header("Retry-After"))).as("%s Retry-After", endpoint)
                    .isBetween(20, 30);
        }
        BackendAssertions.settle(backend, 4);
        Metrics after = Metrics.scrape();
        // translate 1, summarize 1, articles 2
        assertThat(delta(before, after, CALLS, "backend", "primary", "outcome", "short_circuited")).isEqualTo(4.0);
        assertThat(delta(before, after, CALLS, "backend", "primary")).isEqualTo(4.0);
        assertThat(delta(before, after, "tolk_backend_latency_seconds_count", "backend", "primary")).isEqualTo(0.0);
    }

    @Test
    void aResetBreakerIsClosedForCallsAndMetrics() {
        backend.stubFor(chat().willReturn(openAiError(503)));
        openBreaker();
        assertThat(Metrics.scrape().get(STATE, "backend", "primary")).isEqualTo(2.0);

        CircuitBreakerMaintenance.get().resetAll();

        assertThat(Metrics.scrape().get(STATE, "backend", "primary")).isEqualTo(0.0);
        backend.resetAll();
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(ModelCall.TRANSLATION.goodReply()));
        Response reply = Endpoint.TRANSLATE.post();
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @Test
    void requestsTheBackendRefusedDoNotOpenIt() {
        // A 400 is about the request, not the backend's health.
        backend.stubFor(chat().willReturn(openAiError(400)));

        for (int i = 1; i <= 5; i++) {
            assertBackendUnavailable(Endpoint.TRANSLATE.post());
            assertThat(OpenAiStub.sent(backend)).hasSize(i);
        }
        assertThat(Metrics.scrape().get(STATE, "backend", "primary")).isEqualTo(0.0);
    }

    /** Two failing translations: 3 attempts, then the 4th fills the window and opens the breaker. */
    private void openBreaker() {
        assertBackendUnavailable(Endpoint.TRANSLATE.post());
        assertThat(OpenAiStub.sent(backend)).hasSize(3);
        Response second = Endpoint.TRANSLATE.post();
        assertBackendUnavailable(second);
        assertThat(OpenAiStub.sent(backend)).hasSize(4);
        assertThat(Integer.parseInt(second.header("Retry-After"))).isBetween(20, 30);
    }
}
