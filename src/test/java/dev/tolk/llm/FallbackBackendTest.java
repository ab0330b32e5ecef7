package dev.tolk.llm;

import static dev.tolk.testing.BackendAssertions.delta;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static dev.tolk.testing.OpenAiStub.chat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

/**
 * The primary → fallback chain: the fallback answers once the primary's retries are spent or its breaker is open,
 * and its output is never cached (a later request goes to the primary again).
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(FallbackBackendTest.WithFallback.class)
class FallbackBackendTest extends StubbedBackendTest {

    public static class WithFallback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.llm.fallback.provider", "openai",
                    "tolk.llm.fallback.base-url", "${" + TestBackend.URL_PROPERTY + "}/fallback/v1",
                    "tolk.llm.fallback.model", "fallback-model",
                    "tolk.llm.fallback.api-key", "fallback-key");
        }
    }

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void fallbackServesWhenThePrimaryFails(Endpoint endpoint) {
        primaryFailsFallbackWorks(endpoint);

        Response reply = endpoint.post();

        assertThat(reply.statusCode()).as(reply.asString()).isEqualTo(200);
        endpoint.assertServed(reply.jsonPath(), "fallback-model");
        BackendAssertions.assertAttempts(backend, endpoint, BackendFaultsTest.ATTEMPTS);
        assertFallbackCalls(endpoint, 1);
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = { "TRANSLATE", "SUMMARIZE" })
    void fallbackOutputIsNotCached(Endpoint endpoint) {
        primaryFailsFallbackWorks(endpoint);
        assertThat(endpoint.post().statusCode()).isEqualTo(200);

        Response again = endpoint.post();

        assertThat(again.statusCode()).isEqualTo(200);
        endpoint.assertServed(again.jsonPath(), "fallback-model");
        assertThat(again.jsonPath().getBoolean("cached")).isFalse();
        BackendAssertions.assertAttempts(backend, endpoint, 2 * BackendFaultsTest.ATTEMPTS);
        assertFallbackCalls(endpoint, 2);
    }

    @Test
    void anOpenPrimaryBreakerGoesStraightToTheFallback() {
        primaryFailsFallbackWorks(Endpoint.TRANSLATE);
        // Window 10, ratio 0.5: three requests make 9 failed attempts, the 10th (4th request) opens the breaker.
        for (int i = 0; i < 4; i++) {
            assertThat(Endpoint.TRANSLATE.post().statusCode()).isEqualTo(200);
        }
        assertThat(OpenAiStub.sent(backend)).hasSize(10);
        assertThat(Metrics.scrape().get("tolk_circuit_breaker_state", "backend", "primary")).isEqualTo(2.0);
        Metrics before = Metrics.scrape();

        Response reply = Endpoint.TRANSLATE.post();

        assertThat(reply.statusCode()).isEqualTo(200);
        Endpoint.TRANSLATE.assertServed(reply.jsonPath(), "fallback-model");
        assertThat(OpenAiStub.sent(backend)).as("primary calls").hasSize(10);
        assertFallbackCalls(Endpoint.TRANSLATE, 5);
        Metrics after = Metrics.scrape();
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome",
                "short_circuited")).isEqualTo(1.0);
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "fallback", "outcome", "success"))
                .isEqualTo(1.0);
    }

    private void primaryFailsFallbackWorks(Endpoint endpoint) {
        backend.stubFor(chat().willReturn(openAiError(503)));
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.fallbackStub().willReturn(call.goodReply()));
        }
    }

    private void assertFallbackCalls(Endpoint endpoint, int perCall) {
        for (ModelCall call : endpoint.calls()) {
            assertThat(call.sentToFallback(backend)).as("%s calls to the fallback", call).hasSize(perCall);
        }
    }
}
