package dev.tolk.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.tolk.testing.BackendAssertions.assertBackendUnavailable;
import static dev.tolk.testing.BackendAssertions.delta;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The retry matrix of the primary backend, seen through every endpoint that calls a model: what is retried (I/O
 * faults, 5xx, 429, unusable replies: 1 + max-retries 2 = 3 attempts per model call), what is not (400, 401), that a
 * backend failure is always a 503 problem with Retry-After (never a 500), that a 429's Retry-After is honoured, and
 * that failures are never cached. Default test config: 10 ms backoff, breaker window 10 (a single request never
 * opens it).
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class BackendFaultsTest extends StubbedBackendTest {

    static final int ATTEMPTS = 3;

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    static Stream<Arguments> connectionFaults() {
        return matrix(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.MALFORMED_RESPONSE_CHUNK,
                Fault.RANDOM_DATA_THEN_CLOSE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("connectionFaults")
    void connectionFaultOnEveryAttemptIs503AfterThreeAttemptsPerCall(Endpoint endpoint, Fault fault) {
        backend.stubFor(chat().willReturn(aResponse().withFault(fault)));

        assertBackendUnavailable(endpoint.post());

        assertAttempts(endpoint, ATTEMPTS);
    }

    static Stream<Arguments> serverErrors() {
        return matrix(500, 502, 503);
    }

    @ParameterizedTest(name = "{0} HTTP {1}")
    @MethodSource("serverErrors")
    void serverErrorOnEveryAttemptIs503AfterThreeAttemptsPerCall(Endpoint endpoint, int status) {
        backend.stubFor(chat().willReturn(openAiError(status)));

        assertBackendUnavailable(endpoint.post());

        assertAttempts(endpoint, ATTEMPTS);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void twoServerErrorsThenSuccessIsServedOnTheThirdAttempt(Endpoint endpoint) {
        for (ModelCall call : endpoint.calls()) {
            String scenario = "flaky-" + call;
            backend.stubFor(call.stub().inScenario(scenario).whenScenarioStateIs(STARTED)
                    .willReturn(openAiError(500)).willSetStateTo("failed once"));
            backend.stubFor(call.stub().inScenario(scenario).whenScenarioStateIs("failed once")
                    .willReturn(openAiError(500)).willSetStateTo("failed twice"));
            backend.stubFor(call.stub().inScenario(scenario).whenScenarioStateIs("failed twice")
                    .willReturn(call.goodReply()));
        }

        Response reply = endpoint.post();

        assertThat(reply.statusCode()).isEqualTo(200);
        endpoint.assertServed(reply.jsonPath(), "test-model");
        assertAttempts(endpoint, ATTEMPTS);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rateLimitRetryAfterIsHonouredBeforeTheRetry(Endpoint endpoint) {
        for (ModelCall call : endpoint.calls()) {
            String scenario = "limited-" + call;
            backend.stubFor(call.stub().inScenario(scenario).whenScenarioStateIs(STARTED)
                    .willReturn(openAiError(429).withHeader("Retry-After", "1")).willSetStateTo("limited once"));
            backend.stubFor(call.stub().inScenario(scenario).whenScenarioStateIs("limited once")
                    .willReturn(call.goodReply()));
        }

        Response reply = endpoint.post();

        assertThat(reply.statusCode()).isEqualTo(200);
        endpoint.assertServed(reply.jsonPath(), "test-model");
        assertAttempts(endpoint, 2);
        for (ModelCall call : endpoint.calls()) {
            List<LoggedRequest> sent = call.sent(backend);
            long gapMillis = sent.get(1).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime();
            // The configured backoff is 10 ms; only the backend's Retry-After explains a wait of about a second.
            assertThat(gapMillis).as("wait between the 429 and the retry of the %s call", call)
                    .isGreaterThanOrEqualTo(950);
        }
    }

    static Stream<Arguments> clientErrors() {
        return matrix(400, 401);
    }

    @ParameterizedTest(name = "{0} HTTP {1}")
    @MethodSource("clientErrors")
    void clientErrorIsNotRetriedAndIsStillA503(Endpoint endpoint, int status) {
        backend.stubFor(chat().willReturn(openAiError(status)));

        // The only backend refused: the service is unavailable to this request, not broken (no 500).
        assertBackendUnavailable(endpoint.post());

        assertAttempts(endpoint, 1);
    }

    static Stream<Arguments> unusableReplies() {
        Function<ModelCall, ResponseDefinitionBuilder> notAChatCompletion = call -> aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"chatcmpl-1\", \"choices\": [");
        Function<ModelCall, ResponseDefinitionBuilder> poem = call -> completion(
                "Roses are red,\nviolets are blue,\nthe news from Cairo\nis waiting for you.", 50, 20);
        Function<ModelCall, ResponseDefinitionBuilder> contractViolation = ModelCall::contractViolation;
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Stream.of(
                arguments(endpoint, "malformed JSON body", notAChatCompletion),
                arguments(endpoint, "a poem instead of JSON", poem),
                arguments(endpoint, "JSON breaking the reply contract", contractViolation)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unusableReplies")
    void unusableReplyIsRetriedThenA503(Endpoint endpoint, String description,
            Function<ModelCall, ResponseDefinitionBuilder> reply) {
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.stub().willReturn(reply.apply(call)));
        }

        assertBackendUnavailable(endpoint.post());

        assertAttempts(endpoint, ATTEMPTS);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aFailureIsNeverCachedButASuccessIs(Endpoint endpoint) {
        backend.stubFor(chat().willReturn(openAiError(503)));
        assertBackendUnavailable(endpoint.post());
        assertAttempts(endpoint, ATTEMPTS);

        backend.resetAll();
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.stub().willReturn(call.goodReply()));
        }
        Response healthy = endpoint.post();
        assertThat(healthy.statusCode()).isEqualTo(200);
        endpoint.assertServed(healthy.jsonPath(), "test-model");
        assertAttempts(endpoint, 1);

        // The success was cached: the same article again costs no call.
        Response again = endpoint.post();
        assertThat(again.statusCode()).isEqualTo(200);
        endpoint.assertServed(again.jsonPath(), "test-model");
        assertAttempts(endpoint, 1);
    }

    @Test
    void callsLatencyAndTokensAreCountedPerAttempt() {
        ModelCall call = ModelCall.TRANSLATION;
        backend.stubFor(call.stub().inScenario("metrics").whenScenarioStateIs(STARTED)
                .willReturn(openAiError(503)).willSetStateTo("unusable"));
        backend.stubFor(call.stub().inScenario("metrics").whenScenarioStateIs("unusable")
                .willReturn(call.contractViolation()).willSetStateTo("healthy"));
        backend.stubFor(call.stub().inScenario("metrics").whenScenarioStateIs("healthy")
                .willReturn(call.goodReply()));
        Metrics before = Metrics.scrape();

        Response reply = Endpoint.TRANSLATE.post();

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(call.sent(backend)).hasSize(3);
        Metrics after = Metrics.scrape();
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome", "http_503"))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome", "unusable_reply"))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome", "success"))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary")).isEqualTo(3.0);
        assertThat(delta(before, after, "tolk_backend_latency_seconds_count", "backend", "primary")).isEqualTo(3.0);
        // Tokens of the unusable reply were spent too: both completions count.
        assertThat(delta(before, after, "tolk_tokens_total", "backend", "primary", "direction", "input"))
                .isEqualTo(2.0 * ModelCall.INPUT_TOKENS);
        assertThat(delta(before, after, "tolk_tokens_total", "backend", "primary", "direction", "output"))
                .isEqualTo(2.0 * ModelCall.OUTPUT_TOKENS);
        assertThat(reply.jsonPath().getInt("usage.inputTokens")).isEqualTo(2 * ModelCall.INPUT_TOKENS);
    }

    @Test
    void connectionFaultsAreCountedAsIoErrors() {
        backend.stubFor(chat().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Metrics before = Metrics.scrape();

        assertBackendUnavailable(Endpoint.TRANSLATE.post());

        Metrics after = Metrics.scrape();
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome", "io_error"))
                .isEqualTo(3.0);
    }

    /** Every endpoint with every failure. */
    static Stream<Arguments> matrix(Object... failures) {
        return Arrays.stream(Endpoint.values())
                .flatMap(endpoint -> Arrays.stream(failures).map(failure -> arguments(endpoint, failure)));
    }

    private void assertAttempts(Endpoint endpoint, int perCall) {
        BackendAssertions.assertAttempts(backend, endpoint, perCall);
    }
}
