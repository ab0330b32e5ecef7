package dev.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
 * The upload timer (1 s here) is about the client's upload, not tolk's answer: a request whose body arrived at once
 * but whose answer takes longer than the timer (a slow model; requests waiting their turn under load) is answered,
 * not cut off with a 408. It was, because Vert.x calls a request paused by RESTEasy "not ended".
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(SlowAnswerTest.ShortUploadTimeout.class)
class SlowAnswerTest extends StubbedBackendTest {

    public static class ShortUploadTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.http.upload-timeout", "1s");
        }
    }

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void anAnswerSlowerThanTheUploadTimeoutIsStillAnswered(Endpoint endpoint) {
        // Text of its own, so that no endpoint is served from what an earlier one cached.
        String text = "Mødet i Odense (" + endpoint + ") varede længe.\n\nDet sluttede med en aftale (" + endpoint + ").";
        List<String> english = List.of("The meeting in Odense (" + endpoint + ") lasted a long time.",
                "It ended with an agreement (" + endpoint + ").");
        for (ModelCall call : endpoint.calls()) {
            String content = call == ModelCall.TRANSLATION ? OpenAiStub.segments(english)
                    : OpenAiStub.bullets(List.of(english.get(0)));
            backend.stubFor(call.stub().willReturn(OpenAiStub.completion(content, 40, 20).withFixedDelay(2000)));
        }

        Response reply = endpoint.post(text);

        assertThat(reply.statusCode()).as(reply.asString()).isEqualTo(200);
        assertThat(reply.asString()).contains("The meeting in Odense (" + endpoint + ")");
        BackendAssertions.assertAttempts(backend, endpoint, 1);
    }
}
