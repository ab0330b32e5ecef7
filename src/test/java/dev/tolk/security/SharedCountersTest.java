package dev.tolk.security;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import dev.tolk.testing.TestRedis;
import dev.tolk.web.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * Counts shared by replicas: the application and a second Redis client (another replica, running the same script) see
 * and add to the same counters, and concurrent adds from both neither lose an update nor pass a limit together.
 */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class SharedCountersTest extends StubbedBackendTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestRedis.Inject
    TestRedis.Handle redisServer;

    @Inject
    Vertx vertx;

    @Inject
    UsageCounters counters;

    private Redis client;
    private RedisAPI otherReplica;

    @BeforeEach
    void connectTheOtherReplica() {
        client = Redis.createClient(vertx, "redis://127.0.0.1:" + redisServer.port());
        otherReplica = RedisAPI.api(client);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void whatOneReplicaChargesTheOtherSeesAndTheQuotaHoldsAcrossBoth() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        String counter = "tolk:auth:shared:characters:" + YearMonth.now(ZoneOffset.UTC);
        int article = ApiKeysTest.ARTICLE_CHARS;

        translate().then().statusCode(200);
        assertThat(otherReplica.get(counter).await().atMost(WAIT).toLong()).isEqualTo(article);

        // The other replica charges 800 characters of its own requests...
        otherAdds(counter, 800, 1000);
        assertThat(ApiKeysTest.usage(TestKeys.SHARED).jsonPath().getLong("characters.used")).isEqualTo(article + 800);
        // ...so one more article would pass the key's 1000 on this one.
        translate().then().statusCode(429).body("type", equalTo(Problem.QUOTA_EXCEEDED));
        assertThat(otherReplica.get(counter).await().atMost(WAIT).toLong()).as("the refused article is not charged")
                .isEqualTo(article + 800);
    }

    @Test
    void aHundredConcurrentAddsFromTwoReplicasAdmitExactlyTheLimit() throws Exception {
        String counter = "tolk:auth:concurrency-test:" + System.nanoTime();
        List<Callable<Boolean>> adds = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            adds.add(i % 2 == 0
                    ? () -> counters.add(counter, 1, 60, Duration.ofMinutes(1)).await().atMost(WAIT).admitted()
                    : () -> otherAdds(counter, 1, 60));
        }
        long admitted;
        try (ExecutorService threads = Executors.newFixedThreadPool(32)) {
            admitted = threads.invokeAll(adds).stream().filter(SharedCountersTest::get).count();
        }
        assertThat(admitted).isEqualTo(60);
        assertThat(otherReplica.get(counter).await().atMost(WAIT).toLong()).isEqualTo(60);
        assertThat(otherReplica.pttl(counter).await().atMost(WAIT).toLong()).as("the window ends").isPositive();

        String unlimited = counter + ":unlimited";
        List<Callable<Boolean>> many = java.util.Collections.nCopies(100,
                () -> counters.add(unlimited, 3, -1, Duration.ofMinutes(1)).await().atMost(WAIT).admitted());
        try (ExecutorService threads = Executors.newFixedThreadPool(32)) {
            threads.invokeAll(many).forEach(SharedCountersTest::get);
        }
        assertThat(otherReplica.get(unlimited).await().atMost(WAIT).toLong()).as("no lost update").isEqualTo(300);
    }

    /** The other replica: the same script, on its own connection. */
    private boolean otherAdds(String counter, long amount, long limit) {
        var reply = otherReplica.eval(List.of(UsageCounters.CHECK_AND_ADD, "1", counter, Long.toString(amount),
                Long.toString(limit), "60000")).await().atMost(WAIT);
        return reply.get(0).toInteger() == 1;
    }

    private static boolean get(Future<Boolean> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.Response translate() {
        return given().header("Authorization", TestKeys.SHARED.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", Endpoint.ARTICLE)).when().post("/v1/translate");
    }
}
