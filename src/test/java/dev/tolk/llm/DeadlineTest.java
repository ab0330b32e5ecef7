package dev.tolk.llm;

import static dev.tolk.testing.BackendAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.ModelCall;
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
}
