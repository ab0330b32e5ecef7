package dev.tolk.jobs;

import static dev.tolk.testing.BackendAssertions.assertProblem;
import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Redis is configured but down: tolk starts and is ready, jobs answer 503 with Retry-After, the rest works. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(JobsRedisDownTest.RedisDown.class)
class JobsRedisDownTest extends StubbedBackendTest {

    public static class RedisDown extends JobsTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
            config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + closedPort());
            return config;
        }

        private static int closedPort() {
            try (ServerSocket probe = new ServerSocket(0)) {
                return probe.getLocalPort(); // free, and nothing listens once the probe is closed
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void startsReadyAndJobsAreA503() {
        given().when().get("/q/health/ready").then().statusCode(200);

        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Articles.article("a", 0)))).when().post("/v1/jobs"),
                503, "urn:tolk:problem:backend-unavailable");
        assertProblem(given().when().get("/v1/jobs/" + java.util.UUID.randomUUID()), 503, "urn:tolk:problem:backend-unavailable");

        Articles.stubAll(backend);
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of(Articles.article("a", 0))))
                .when().post("/v1/articles/batch").then().statusCode(200);
    }
}
