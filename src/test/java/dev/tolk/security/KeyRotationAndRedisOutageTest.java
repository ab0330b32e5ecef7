package dev.tolk.security;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import dev.tolk.testing.TestRedis;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A rotated keys file is picked up without a restart; a Redis outage costs nothing but shared counting. */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class KeyRotationAndRedisOutageTest extends StubbedBackendTest {

    @TestRedis.Inject
    TestRedis.Handle redisServer;

    @Test
    void aRotatedKeysFileIsPickedUpWithoutARestart() {
        assertThat(status(TestKeys.ROTATED_OUT)).isEqualTo(200);
        assertThat(status(TestKeys.ROTATED_IN)).isEqualTo(403);
        List<TestKeys.Key> rotated = new ArrayList<>(TestKeys.ALL);
        rotated.remove(TestKeys.ROTATED_OUT);
        rotated.add(TestKeys.ROTATED_IN);
        try {
            TestKeys.write(rotated);
            await().atMost(Duration.ofSeconds(10)).until(() -> status(TestKeys.ROTATED_IN) == 200);
            assertThat(status(TestKeys.ROTATED_OUT)).as("revoked").isEqualTo(403);
        } finally {
            TestKeys.write(TestKeys.ALL);
            await().atMost(Duration.ofSeconds(10)).until(() -> status(TestKeys.ROTATED_OUT) == 200);
        }
    }

    @Test
    void anInvalidKeysFileKeepsTheKeysReadBefore() throws InterruptedException {
        try {
            java.nio.file.Path invalid = TestKeys.FILE.resolveSibling("invalid.json");
            java.nio.file.Files.writeString(invalid, "[{\"name\": \"typo\", \"sha256\": \"00\", \"requestPerMinute\": 1}]");
            java.nio.file.Files.delete(TestKeys.FILE);
            java.nio.file.Files.createSymbolicLink(TestKeys.FILE, invalid.getFileName());
            Thread.sleep(1000); // several reload intervals (200 ms)
            assertThat(status(TestKeys.OPEN)).isEqualTo(200);
            given().when().get("/q/health/ready").then().statusCode(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            try {
                java.nio.file.Files.delete(TestKeys.FILE); // write() makes it the ..data link again
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            TestKeys.write(TestKeys.ALL);
        }
    }

    @Test
    void withRedisStoppedRequestsAreStillServedAndCountedInMemory() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        double inMemoryBefore = Metrics.scrape().get("tolk_auth_counted_total", "store", "memory");
        redisServer.stop();
        try {
            for (int i = 0; i < 3; i++) {
                given().header("Authorization", TestKeys.OUTAGE.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("text", Endpoint.ARTICLE)).when().post("/v1/translate").then().statusCode(200);
            }
            var usage = ApiKeysTest.usage(TestKeys.OUTAGE);
            assertThat(usage.jsonPath().getLong("characters.used")).as("counted in memory")
                    .isGreaterThanOrEqualTo(ApiKeysTest.ARTICLE_CHARS);
            assertThat(Metrics.scrape().get("tolk_auth_counting_degraded")).isEqualTo(1.0);
            assertThat(Metrics.scrape().get("tolk_auth_counted_total", "store", "memory")).isGreaterThan(inMemoryBefore);
        } finally {
            redisServer.start();
        }
        // Back to Redis after tolk.auth.redis-pause (1 s in tests).
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            ApiKeysTest.usage(TestKeys.OUTAGE);
            return Metrics.scrape().get("tolk_auth_counting_degraded") == 0.0;
        });
    }

    private static int status(TestKeys.Key key) {
        return given().header("Authorization", key.bearer()).when().get("/v1/usage").statusCode();
    }
}
