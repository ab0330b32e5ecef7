package dev.tolk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.restassured.response.Response;

/** Stubs and assertions the fault-tolerance tests share. */
public final class BackendAssertions {

    private static final Set<WireMockServer> WARMED = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    private BackendAssertions() {
    }

    /** An OpenAI-style error reply. */
    public static ResponseDefinitionBuilder openAiError(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"stubbed failure\", \"type\": \"server_error\", \"code\": null}}");
    }

    /** A 503 {@code backend-unavailable} problem with a Retry-After of at least a second. */
    public static void assertBackendUnavailable(Response reply) {
        assertProblem(reply, 503, "urn:tolk:problem:backend-unavailable");
    }

    /** A problem document of this status and type, with Retry-After (whole seconds, at least 1). */
    public static void assertProblem(Response reply, int status, String type) {
        assertThat(reply.statusCode()).as(reply.asString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.jsonPath().getString("type")).isEqualTo(type);
        assertThat(reply.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(reply.header("Retry-After")).as("Retry-After").matches("[1-9][0-9]*");
    }

    /**
     * Exactly {@code perCall} attempts at the primary for each kind of model call the endpoint makes. The digest
     * answers as soon as one half failed while the other may still be retrying, so its count is read once it
     * stopped moving.
     */
    public static void assertAttempts(WireMockServer backend, Endpoint endpoint, int perCall) {
        int expected = perCall * endpoint.calls().size();
        if (endpoint.concurrent()) {
            settle(backend, expected);
        }
        for (ModelCall call : endpoint.calls()) {
            assertThat(call.sent(backend)).as("%s calls to the primary", call).hasSize(perCall);
        }
        assertThat(OpenAiStub.sent(backend)).as("all calls to the primary").hasSize(expected);
    }

    /** Waits until the backend has seen {@code expected} primary calls and no more arrive for a moment. */
    public static void settle(WireMockServer backend, int expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> OpenAiStub.sent(backend).size() >= expected);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> OpenAiStub.sent(backend).size() == expected);
    }

    public static double delta(Metrics before, Metrics after, String name, String... labels) {
        return after.get(name, labels) - before.get(name, labels);
    }

    /**
     * Sends one throw-away request of each kind the first time a (freshly started) application is used. Its first
     * model call is slow (class loading, JIT, first connection): on a busy machine slower than the tests' per-attempt
     * timeout, which would add an attempt to whichever test ran first. Call before resetting the backend.
     */
    public static void warmUp(WireMockServer backend) {
        if (!WARMED.add(backend)) {
            return;
        }
        for (ModelCall call : ModelCall.values()) {
            backend.stubFor(call.stub().willReturn(call.goodReply()));
        }
        String text = "Opvarmning af tjenesten.\n\nIntet at se her.";
        Endpoint.TRANSLATE.post(text);
        Endpoint.SUMMARIZE.post(text);
        // A timed-out attempt may still reach the backend late: wait until nothing more arrives.
        await().pollDelay(Duration.ofMillis(100)).during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(new java.util.concurrent.Callable<Boolean>() {
                    private int last = -1;

                    @Override
                    public Boolean call() {
                        int now = backend.getAllServeEvents().size();
                        boolean same = now == last;
                        last = now;
                        return same;
                    }
                });
    }
}
