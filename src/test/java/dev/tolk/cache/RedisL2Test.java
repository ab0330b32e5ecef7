package dev.tolk.cache;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import dev.tolk.testing.TestRedis;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The L2 against a real Redis: shared entries outlive a pod's L1, and a Redis outage costs only cache hits. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(RedisL2Test.WithRedis.class)
class RedisL2Test extends StubbedBackendTest {

    public static class WithRedis implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestRedis.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Short L2 pause so the test sees Redis come back quickly.
            return Map.of("tolk.cache.l2-pause", "1s");
        }
    }

    @TestRedis.Inject
    TestRedis.Handle redis;

    @Test
    void entriesSurviveAnL1ClearAndARedisOutageOnlyCostsCacheHits() {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)));

        JsonPath first = translate();
        assertThat(first.getBoolean("cached")).isFalse();
        assertThat(OpenAiStub.sent(backend)).hasSize(1);

        // Writes to Redis are asynchronous; wait until an L1-cleared request is served from L2.
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            caches.clearLocal();
            return translate().getBoolean("cached");
        });
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
        assertThat(translate().getString("text")).isEqualTo(first.getString("text"));

        redis.stop();
        try {
            caches.clearLocal();
            JsonPath withoutRedis = translate();
            assertThat(withoutRedis.getBoolean("cached")).isFalse();
            assertThat(withoutRedis.getString("text")).isEqualTo(first.getString("text"));
            assertThat(OpenAiStub.sent(backend)).hasSize(2);
            // L1 still works while Redis is down.
            assertThat(translate().getBoolean("cached")).isTrue();
            assertThat(OpenAiStub.sent(backend)).hasSize(2);
            given().get("/q/health/ready").then().statusCode(200);
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("tolk_cache_requests_total\\{[^}]*level=\"l2\"[^}]*result=\"error\"[^}]*} [1-9]");
        } finally {
            redis.start();
        }
    }

    private JsonPath translate() {
        return given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
    }
}
