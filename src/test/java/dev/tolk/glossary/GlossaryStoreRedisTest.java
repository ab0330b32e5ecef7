package dev.tolk.glossary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.deepl.api.DeepLClient;
import com.deepl.api.DeepLClientOptions;
import com.deepl.api.DeepLException;
import com.deepl.api.GlossaryEntries;
import com.deepl.api.GlossaryInfo;
import com.deepl.api.GlossaryNotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.TestBackend;
import dev.tolk.testing.TestRedis;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * With Redis configured, glossaries made through DeepL's client are in Redis: another replica (a second store on its
 * own connection) reads and deletes them, and Redis down is DeepL's 503, not a hang or a 500.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(GlossaryStoreRedisTest.WithRedis.class)
class GlossaryStoreRedisTest {

    public static class WithRedis implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestRedis.class));
        }
    }

    @TestHTTPResource("/")
    URL root;

    @TestRedis.Inject
    TestRedis.Handle redis;

    @Inject
    Vertx vertx;

    @Inject
    GlossaryConfig config;

    @Inject
    ObjectMapper json;

    @Test
    void anotherReplicaSeesWhatThisOneStoredAndDeletes() throws Exception {
        DeepLClient client = client(5);
        GlossaryEntries entries = new GlossaryEntries(Map.of("Folketinget", "the Danish Parliament"));
        GlossaryInfo created = client.createGlossary("Shared terms", "da", "en", entries);

        // Its own connection, as another replica would have.
        RedisAPI own = RedisAPI.api(Redis.createClient(vertx, "redis://127.0.0.1:" + redis.port()));
        RedisShelf otherReplica = new RedisShelf(own, config.store().timeout(), json);
        assertThat(otherReplica.get(created.getGlossaryId())).hasValueSatisfying(g -> {
            assertThat(g.name()).isEqualTo("Shared terms");
            assertThat(g.entryCount()).isEqualTo(1);
        });
        assertThat(otherReplica.entries(created.getGlossaryId())).hasValue(Map.of("Folketinget",
                "the Danish Parliament"));
        assertThat(otherReplica.list()).extracting(StoredGlossary::id).contains(created.getGlossaryId());

        assertThat(otherReplica.delete(created.getGlossaryId())).isTrue();
        assertThatThrownBy(() -> client.getGlossary(created.getGlossaryId()))
                .isInstanceOf(GlossaryNotFoundException.class);
    }

    @Test
    void redisDownIsA503WithRetryAfter() {
        redis.stop();
        try {
            assertThatThrownBy(() -> client(0).listGlossaries()).isExactlyInstanceOf(DeepLException.class)
                    .hasMessageContaining("Service unavailable");
            Response raw = given().get("/v2/glossaries");
            assertThat(raw.statusCode()).isEqualTo(503);
            assertThat(raw.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(raw.jsonPath().getString("message")).contains("glossary store");
        } finally {
            redis.start();
        }
    }

    private DeepLClient client(int maxRetries) {
        return new DeepLClient("desk-key", (DeepLClientOptions) new DeepLClientOptions()
                .setServerUrl(root.toString().replaceAll("/+$", "")).setMaxRetries(maxRetries)
                .setTimeout(Duration.ofSeconds(30)));
    }
}
