package dev.tolk.llm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Nothing configured and no auto-detection (prod): not ready, and every model call a 503 saying what to set. */
@QuarkusTest
@TestProfile(NoBackendTest.Unconfigured.class)
class NoBackendTest {

    public static class Unconfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.llm.auto-detect", "false");
        }

        /** The shared WireMock backend (TestBackend) would configure one. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void isLiveButNotReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'llm-backend' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'llm-backend' }.data.error", containsString("TOLK_LLM_BASE_URL"));
    }

    @Test
    void translateIsA503ThatSaysWhatToConfigure() {
        unavailable(post("/v1/translate"));
    }

    @Test
    void summarizeAndDigestAreA503ThatSaysWhatToConfigure() {
        unavailable(post("/v1/summarize"));
        unavailable(post("/v1/articles"));
    }

    @Test
    void requestsAreStillValidatedFirst() {
        given().contentType(ContentType.JSON).body(Map.of("text", " ")).when().post("/v1/translate")
                .then().statusCode(400).body("type", equalTo(Problem.INVALID_REQUEST));
    }

    private static Response post(String path) {
        return given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish())).when().post(path);
    }

    private static void unavailable(Response response) {
        response.then().statusCode(503)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo(Problem.BACKEND_UNAVAILABLE))
                .body("status", equalTo(503))
                .body("detail", containsString("TOLK_LLM_BASE_URL"));
        assertThat(response.header("Retry-After")).matches("[0-9]+");
        assertThat(Long.parseLong(response.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    }
}
