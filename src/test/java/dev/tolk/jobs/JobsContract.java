package dev.tolk.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.testing.InFlightRequests;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What {@code /v1/jobs} does whichever queue is behind it: {@link RedisJobsTest} runs these on a Redis Stream,
 * {@link InMemoryJobsTest} on the in-process queue. The webhook receiver is a WireMock server on 127.0.0.1 (allowed by
 * {@link JobsTestProfile}).
 */
abstract class JobsContract extends StubbedBackendTest {

    private static WireMockServer receiver;

    @Inject
    JobStore store;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void resetReceiver() {
        receiver.resetAll();
    }

    @Test
    void aJobRunsToDoneAndItsResultsAreTheBatchEndpoints() {
        Articles.stubAll(backend);
        Map<String, Object> body = Map.of("articles", List.of(Articles.article("a", 0), Articles.article("b", 1)));
        Metrics before = Metrics.scrape();

        Response accepted = submit(body);
        accepted.then().statusCode(202);
        String id = accepted.jsonPath().getString("id");
        assertThat(accepted.header("Location")).isEqualTo("/v1/jobs/" + id);
        assertThat(accepted.jsonPath().getString("status")).isEqualTo("queued");
        assertThat(accepted.jsonPath().getInt("progress.done")).isZero();
        assertThat(accepted.jsonPath().getInt("progress.total")).isEqualTo(2);
        assertThat(accepted.jsonPath().getString("createdAt")).isNotBlank();

        JsonPath job = awaitEnd(id);
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getInt("progress.done")).isEqualTo(2);
        assertThat(job.getString("finishedAt")).isNotBlank();
        assertThat(job.getMap("")).doesNotContainKeys("errors", "webhook");
        assertThat(job.getString("results[0].translation.text")).isEqualTo(Articles.english(0));
        assertThat(job.getList("results[1].summary.bullets", String.class)).containsExactly(Articles.bullet(1));

        List<Object> batch = given().contentType(ContentType.JSON).header("Cache-Control", "no-cache").body(body)
                .when().post("/v1/articles/batch").then().statusCode(200).extract().jsonPath().getList("results");
        assertThat(job.getList("results")).isEqualTo(batch);

        Metrics after = Metrics.scrape();
        assertThat(after.get("tolk_jobs_total", "status", "queued") - before.get("tolk_jobs_total", "status", "queued"))
                .isEqualTo(1);
        assertThat(after.get("tolk_jobs_total", "status", "done") - before.get("tolk_jobs_total", "status", "done"))
                .isEqualTo(1);
        assertThat(after.has("tolk_jobs_queue_length")).isTrue();
    }

    @Test
    void theWebhookIsSignedAndRetriedUntilTheReceiverTakesIt() throws Exception {
        Articles.stubAll(backend);
        receiver.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
        receiver.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("third"));
        receiver.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200)));
        Metrics before = Metrics.scrape();

        String id = submit(Map.of("articles", List.of(Articles.article("a", 2)),
                "callbackUrl", hookUrl())).then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries().size() >= 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> deliveries().size() == 3);
        LoggedRequest last = deliveries().get(2);
        byte[] raw = last.getBody();
        JsonPath delivered = new JsonPath(new String(raw, StandardCharsets.UTF_8));
        assertThat(delivered.getString("id")).isEqualTo(id);
        assertThat(delivered.getString("status")).isEqualTo("done");
        assertThat(delivered.getString("results[0].translation.text")).isEqualTo(Articles.english(2));
        assertThat(last.getHeader("Content-Type")).startsWith("application/json");

        String signature = last.getHeader("X-Tolk-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        long t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        String v1 = signature.substring(signature.indexOf("v1=") + 3);
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - t)).as("timestamp is now").isLessThan(60);
        assertThat(hmac(JobsTestProfile.SECRET, t, raw)).as("verifies with the secret").isEqualTo(v1);
        assertThat(hmac("another-secret", t, raw)).as("fails with another").isNotEqualTo(v1);

        JsonPath job = await().atMost(Duration.ofSeconds(10)).until(() -> get(id),
                j -> "delivered".equals(j.getString("webhook.state")));
        assertThat(job.getInt("webhook.attempts")).isEqualTo(3);
        assertThat(job.getInt("webhook.lastStatus")).isEqualTo(200);
        assertThat(job.getString("webhook.url")).isEqualTo(hookUrl());
        Metrics after = Metrics.scrape();
        assertThat(after.get("tolk_webhook_deliveries_total", "outcome", "success")
                - before.get("tolk_webhook_deliveries_total", "outcome", "success")).isEqualTo(1);
        assertThat(after.get("tolk_webhook_deliveries_total", "outcome", "http_error")
                - before.get("tolk_webhook_deliveries_total", "outcome", "http_error")).isEqualTo(2);
    }

    @Test
    void cancellingSkipsTheArticlesNotStarted() {
        Articles.stubAll(backend);
        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(Articles.article("n" + i, i));
        }
        InFlightRequests.hold();
        String id;
        try {
            id = submit(Map.of("summarize", false, "articles", five)).then().statusCode(202).extract().path("id");
            // Both workers are busy with the first two articles, whose replies are held.
            await().atMost(Duration.ofSeconds(30)).until(() -> ModelCall.TRANSLATION.sent(backend).size() >= 2);

            JsonPath cancelled = given().when().delete("/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(cancelled.getString("status")).isEqualTo("cancelled");
            assertThat(cancelled.getString("finishedAt")).isNotBlank();
        } finally {
            InFlightRequests.release();
        }

        // The two articles already running finish and keep their results; no other article is started.
        JsonPath job = await().atMost(Duration.ofSeconds(30)).until(() -> get(id), j -> j.getInt("progress.done") == 2);
        assertThat(job.getString("status")).isEqualTo("cancelled");
        assertThat(job.getList("results.index", Integer.class)).containsExactly(0, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> get(id).getInt("progress.done") == 2);
        for (int i = 2; i < 5; i++) {
            assertThat(backend.findAll(postRequestedFor(urlEqualTo(OpenAiStub.CHAT))
                    .withRequestBody(containing(Articles.firstWord(i))))).as("article %d", i).isEmpty();
        }

        Response again = given().when().delete("/v1/jobs/" + id);
        assertProblem(again, 409, "urn:tolk:problem:job-finished");
    }

    @Test
    void aJobIsGoneAfterItsRetentionTime() {
        Articles.stubAll(backend);
        assertProblem(given().when().get("/v1/jobs/no-such-job"), 404, "urn:tolk:problem:job-not-found");
        assertProblem(given().when().delete("/v1/jobs/no-such-job"), 404, "urn:tolk:problem:job-not-found");

        String id = submit(Map.of("articles", List.of(Articles.article("a", 3)))).then().statusCode(202)
                .extract().path("id");
        assertThat(awaitEnd(id).getString("status")).isEqualTo("done");

        // tolk.jobs.retention is 20 s in the test profile.
        await().atMost(Duration.ofSeconds(90)).until(() -> given().when().get("/v1/jobs/" + id).statusCode() == 404);
        assertProblem(given().when().get("/v1/jobs/" + id), 404, "urn:tolk:problem:job-not-found");
    }

    @Test
    void aJobWhoseEveryArticleFailedHasFailed() {
        String id = submit(Map.of("articles", List.of(Map.of("id", "blank", "text", " ")))).then().statusCode(202)
                .extract().path("id");

        JsonPath job = awaitEnd(id);
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getMap("")).doesNotContainKey("results");
        assertThat(job.getString("errors[0].id")).isEqualTo("blank");
        assertThat(job.getInt("errors[0].status")).isEqualTo(400);
        assertThat(job.getString("errors[0].problem.type")).isEqualTo("urn:tolk:problem:invalid-request");
    }

    @Test
    void aResultIsWrittenOncePerArticle() {
        Articles.stubAll(backend);
        String id = submit(Map.of("summarize", false, "articles", List.of(Articles.article("a", 4)))).then()
                .statusCode(202).extract().path("id");
        JsonPath done = awaitEnd(id);

        // A worker that was taken over and finishes late writes the same article again: nothing changes.
        assertThat(store.putResult(id, 0, "{\"index\":0,\"status\":200,\"late\":true}")).isEqualTo(1);
        assertThat(get(id).getList("results")).isEqualTo(done.getList("results"));
    }

    @Test
    void callbacksToInternalAddressesAreRefusedAtSubmission() {
        Metrics before = Metrics.scrape();
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://localhost:" + receiver.port() + "/hook",
                "http://10.0.0.7/hook", "http://[::1]:8080/hook", "ftp://example.com/hook", "not a url")) {
            Response refused = submit(Map.of("articles", List.of(Articles.article("a", 0)), "callbackUrl", url));
            refused.then().statusCode(400).contentType("application/problem+json");
            assertThat(refused.jsonPath().getString("type")).as(url).isEqualTo("urn:tolk:problem:invalid-request");
            assertThat(refused.jsonPath().getString("detail")).as(url).startsWith("callbackUrl:");
        }
        assertThat(Metrics.scrape().get("tolk_jobs_total", "status", "queued"))
                .isEqualTo(before.get("tolk_jobs_total", "status", "queued"));
    }

    @Test
    void aMalformedJobIsRefusedWhole() {
        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(Articles.article("n" + i, i % 5));
        }
        Response tooMany = submit(Map.of("articles", six));
        tooMany.then().statusCode(400);
        assertThat(tooMany.jsonPath().getString("detail")).contains("articles: must have 1 to 5 articles");
        submit(Map.of("articles", List.of(Articles.article("a", 0)), "callback", "x")).then().statusCode(400);
    }

    /** By address: the name localhost is refused (allowed-hosts names 127.0.0.1 only). */
    private static String hookUrl() {
        return "http://127.0.0.1:" + receiver.port() + "/hook";
    }

    /** With {@code Cache-Control: no-cache}: Redis (the L2 cache) outlives a test, and backend calls must be this test's. */
    static Response submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Cache-Control", "no-cache").body(body).when()
                .post("/v1/jobs");
    }

    static JsonPath get(String id) {
        return given().when().get("/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitEnd(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> get(id),
                j -> List.of("done", "failed", "cancelled").contains(j.getString("status")));
    }

    private static List<LoggedRequest> deliveries() {
        return receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    private static void assertProblem(Response reply, int status, String type) {
        reply.then().statusCode(status).contentType("application/problem+json");
        assertThat(reply.jsonPath().getString("type")).isEqualTo(type);
    }

    private static String hmac(String secret, long t, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
