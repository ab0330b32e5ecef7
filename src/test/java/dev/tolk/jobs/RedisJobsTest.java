package dev.tolk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tolk.cache.SharedRedis;
import dev.tolk.testing.InFlightRequests;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;

/**
 * Jobs on a Redis Stream with a consumer group, against a real Redis (6.2: has XAUTOCLAIM): the shared contract, and
 * an article taken by a worker that dies before acknowledging it is taken over and finished exactly once.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(JobsTestProfile.WithRedis.class)
class RedisJobsTest extends JobsContract {

    @Inject
    SharedRedis redis;

    @Test
    void anArticleWhoseWorkerDiedIsTakenOverAndFinishedOnce() {
        Articles.stubAll(backend);
        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(Articles.article("n" + i, i));
        }
        RedisAPI raw = redis.api().orElseThrow();
        Metrics before = Metrics.scrape();
        InFlightRequests.hold();
        String id;
        try {
            id = submit(Map.of("summarize", false, "articles", five)).then().statusCode(202).extract().path("id");
            // Both of tolk's workers hold an article (their replies are held): the next entry is free to take.
            await().atMost(Duration.ofSeconds(30)).until(() -> ModelCall.TRANSLATION.sent(backend).size() >= 2);
            // A second replica takes it and is killed: it reads the entry and never acknowledges it.
            Response taken = raw.xreadgroup(List.of("GROUP", RedisWorkQueue.GROUP, "killed-pod", "COUNT", "1",
                    "STREAMS", RedisWorkQueue.STREAM, ">")).await().atMost(Duration.ofSeconds(5));
            Response fields = taken.get(RedisWorkQueue.STREAM).get(0).get(1);
            assertThat(fields.get(1).toString()).isEqualTo(id);
            assertThat(fields.get(3).toInteger()).isEqualTo(2);
        } finally {
            InFlightRequests.release();
        }

        // tolk.jobs.reclaim-after is 3 s in the test profile.
        JsonPath job = awaitEnd(id);
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getInt("progress.done")).isEqualTo(5);
        assertThat(job.getList("results.index", Integer.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(job.getList("results.translation.text", String.class))
                .containsExactlyElementsOf(Articles.DANISH.stream().map(Articles.ALL::get).toList());
        assertThat(job.getMap("")).doesNotContainKey("errors");
        assertThat(ModelCall.TRANSLATION.sent(backend)).as("each article translated once").hasSize(5);
        assertThat(OpenAiStub.sent(backend)).hasSize(5);
        assertThat(Metrics.scrape().get("tolk_jobs_reclaims_total") - before.get("tolk_jobs_reclaims_total"))
                .isEqualTo(1);
        // Nothing is left pending: the taken-over entry was acknowledged by the worker that finished it.
        await().atMost(Duration.ofSeconds(10)).until(() -> raw.xpending(List.of(RedisWorkQueue.STREAM,
                RedisWorkQueue.GROUP)).await().atMost(Duration.ofSeconds(5)).get(0).toLong() == 0);
    }
}
