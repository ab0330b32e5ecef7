package dev.tolk.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.tolk.testing.BackendAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Endpoint;
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
 * The request deadline (1 s here) ends a request whose backend is slow but within its per-attempt timeout (5 s):
 * a 504 after about the deadline, not after the backend.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(DeadlineTest.ShortDeadline.class)
class DeadlineTest extends StubbedBackendTest {

    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.llm.resilience.deadline", "1s", "tolk.llm.timeout", "5s");
        }
    }

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aSlowBackendEndsInA504AtTheDeadline(Endpoint endpoint) {
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.stub().willReturn(call.goodReply().withFixedDelay(3000)));
        }
        // Text of its own: the slow call finishes after the test and may be cached, which must not help the next one.
        String text = "Mødet i Kairo (" + endpoint + ") varede længe.\n\nDet sluttede uden aftale (" + endpoint + ").";

        long start = System.nanoTime();
        Response reply = endpoint.post(text);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertProblem(reply, 504, "urn:tolk:problem:deadline-exceeded");
        assertThat(elapsedMillis).isBetween(900L, 2500L);
        BackendAssertions.assertAttempts(backend, endpoint, 1);
    }

    /**
     * The slow call outlives the first request's deadline and keeps running; a re-send after the backend recovered
     * gets a call of its own instead of joining the doomed one (which would make it a 504 with no backend call).
     */
    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aResendAfterTheDeadlineGetsAFreshCall(Endpoint endpoint) {
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.stub().willReturn(call.goodReply().withFixedDelay(3000)));
        }
        String text = "Mødet i Aarhus (" + endpoint + ") trak ud.\n\nDet sluttede sent (" + endpoint + ").";
        assertProblem(endpoint.post(text), 504, "urn:tolk:problem:deadline-exceeded");

        backend.resetAll(); // the backend recovered: it answers at once
        for (ModelCall call : endpoint.calls()) {
            backend.stubFor(call.stub().willReturn(call.goodReply()));
        }
        Response again = endpoint.post(text);

        // Joining the old call made this a 504 (its 3 s reply arrives after this request's 1 s deadline). The call
        // count is not asserted: WireMock logs the old call when its delayed reply goes out, after the reset.
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
    }

    /** A backend that asked for 8 s (429 Retry-After: 8): the 504 does not send its client back sooner. */
    @Test
    void a504DoesNotSendTheClientBackInsideTheBackendsOwnWait() {
        backend.stubFor(OpenAiStub.chat().willReturn(aResponse().withStatus(429).withHeader("Retry-After", "8")
                .withBody("{\"error\":{\"message\":\"rate limited\"}}")));
        Response reply = Endpoint.TRANSLATE.post("Der var kø ved skranken (Retry-After).");

        assertProblem(reply, 504, "urn:tolk:problem:deadline-exceeded");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isGreaterThanOrEqualTo(7);
    }
}
