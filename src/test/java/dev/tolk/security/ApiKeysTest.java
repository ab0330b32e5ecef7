package dev.tolk.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import dev.tolk.web.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** {@code /v1} with API keys on: the door, the per-key limits counted in Redis, and {@code /v1/usage}. */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class ApiKeysTest extends StubbedBackendTest {

    static final int ARTICLE_CHARS = Endpoint.ARTICLE.codePointCount(0, Endpoint.ARTICLE.length());

    @TestHTTPResource("/")
    URL root;

    @Test
    void withoutAKeyV1Is401AProblemWithABearerChallenge() {
        translate(null).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(Problem.API_KEY_MISSING)).body("status", equalTo(401))
                .body("detail", containsString("Authorization: Bearer <key>"));
        given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/v1/usage").then().statusCode(401);
        assertThat(backend.getAllServeEvents()).as("nothing reached the backend").isEmpty();
    }

    @Test
    void withAnUnknownKeyV1Is403() {
        translate("Bearer not-a-key").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.API_KEY_INVALID));
        given().header("Authorization", "Bearer " + TestKeys.OPEN.secret() + "x").when().get("/v1/usage").then()
                .statusCode(403);
        assertThat(backend.getAllServeEvents()).isEmpty();
    }

    @Test
    void withAGoodKeyV1Translates() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        translate(TestKeys.OPEN.bearer()).then().statusCode(200)
                .body("text", equalTo(String.join("\n\n", Endpoint.ENGLISH)));
        // The scheme is case-insensitive (RFC 7235).
        given().header("Authorization", "bearer " + TestKeys.OPEN.secret()).when().get("/v1/usage").then()
                .statusCode(200).body("key", equalTo("open"));
    }

    @Test
    void theDeskPageHealthMetricsAndOpenApiNeedNoKey() {
        given().when().get("/").then().statusCode(200);
        given().when().get("/desk/api.js").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'api-keys' }.status",
                equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void usageGivesTheKeyItsLimitsAndWhatIsUsed() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        translate(TestKeys.JOBS.bearer()).then().statusCode(200);

        Response usage = usage(TestKeys.JOBS);
        assertThat(usage.jsonPath().getString("key")).isEqualTo("jobs");
        assertThat(usage.jsonPath().getLong("characters.limit")).isEqualTo(1_000_000L);
        assertThat(usage.jsonPath().getString("characters.per")).isEqualTo("month");
        assertThat(usage.jsonPath().getString("characters.resetsAt")).endsWith("-01T00:00:00Z");
        assertThat(usage.jsonPath().getString("requests.limit")).as("no rate limit on this key").isNull();
        assertThat(usage.asString()).doesNotContain(TestKeys.JOBS.secret()).doesNotContain(TestKeys.sha256(
                TestKeys.JOBS.secret()));
    }

    @Test
    void theRateLimitIsHitWith429AndRetryAfterThenResets() throws InterruptedException {
        // Start at the beginning of a window (3 s in tests), so the four requests fall into the same one.
        long window = 3000;
        Thread.sleep(window - System.currentTimeMillis() % window + 20);
        for (int i = 0; i < 3; i++) {
            usage(TestKeys.RATE);
        }
        Response refused = given().header("Authorization", TestKeys.RATE.bearer()).when().get("/v1/usage");
        refused.then().statusCode(429).contentType(Problem.MEDIA_TYPE).body("type", equalTo(Problem.RATE_LIMITED));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3L);

        Thread.sleep(retryAfter * 1000 + 100);
        Response after = usage(TestKeys.RATE);
        assertThat(after.jsonPath().getLong("requests.used")).as("a new window").isEqualTo(1);
        assertThat(after.jsonPath().getLong("requests.limit")).isEqualTo(3);
    }

    @Test
    void theMonthlyQuotaIsHitWith429AndRetryAfterAndTheRefusedArticleIsNotCharged() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        translate(TestKeys.QUOTA.bearer()).then().statusCode(200);

        Response refused = translate(TestKeys.QUOTA.bearer());
        refused.then().statusCode(429).contentType(Problem.MEDIA_TYPE).body("type", equalTo(Problem.QUOTA_EXCEEDED));
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("until the month ends").isPositive();
        Response usage = usage(TestKeys.QUOTA);
        assertThat(usage.jsonPath().getLong("characters.used")).isEqualTo(ARTICLE_CHARS);
        assertThat(usage.jsonPath().getLong("characters.limit")).isEqualTo(200);
    }

    @Test
    void charactersOfARequestTheBackendFailsAreGivenBack() {
        backend.stubFor(chat().willReturn(aResponse().withStatus(500)));
        long before = usage(TestKeys.REFUND).jsonPath().getLong("characters.used");

        given().header("Authorization", TestKeys.REFUND.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", Endpoint.ARTICLE + " Refusion.")).when().post("/v1/translate").then()
                .statusCode(503);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                usage(TestKeys.REFUND).jsonPath().getLong("characters.used")).isEqualTo(before));
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        given().header("Authorization", TestKeys.REFUND.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", Endpoint.ARTICLE)).when().post("/v1/translate").then().statusCode(200);
        assertThat(usage(TestKeys.REFUND).jsonPath().getLong("characters.used")).as("a success is charged")
                .isEqualTo(before + ARTICLE_CHARS);
    }

    @Test
    void aHundredConcurrentRequestsOnOneKeyAreChargedExactly() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        HttpClient http = HttpClient.newHttpClient();
        String body = new ObjectMapper().writeValueAsString(Map.of("text", Endpoint.ARTICLE));
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 100)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create(root + "v1/translate"))
                        .header("Authorization", TestKeys.COUNT.bearer()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        assertThat(sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
        assertThat(usage(TestKeys.COUNT).jsonPath().getLong("characters.used")).isEqualTo(100L * ARTICLE_CHARS);
    }

    @Test
    void aBatchAndAJobAreChargedOnceWhenSubmitted() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        Key key = new Key(TestKeys.JOBS);
        long before = key.charactersUsed();
        Map<String, Object> articles = Map.of("articles", List.of(Map.of("text", Endpoint.ARTICLE),
                Map.of("text", Endpoint.ARTICLE)), "summarize", false);

        given().header("Authorization", TestKeys.JOBS.bearer()).contentType(ContentType.JSON).body(articles)
                .when().post("/v1/articles/batch").then().statusCode(200);
        assertThat(key.charactersUsed() - before).isEqualTo(2L * ARTICLE_CHARS);

        String id = given().header("Authorization", TestKeys.JOBS.bearer()).contentType(ContentType.JSON)
                .body(articles).when().post("/v1/jobs").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(given()
                .header("Authorization", TestKeys.JOBS.bearer()).when().get("/v1/jobs/" + id).then().statusCode(200)
                .extract().path("status")));
        assertThat(key.charactersUsed() - before).as("charged at submit, not again by the workers")
                .isEqualTo(4L * ARTICLE_CHARS);
    }

    private record Key(TestKeys.Key key) {
        long charactersUsed() {
            return usage(key).jsonPath().getLong("characters.used");
        }
    }

    static Response usage(TestKeys.Key key) {
        Response usage = given().header("Authorization", key.bearer()).when().get("/v1/usage");
        usage.then().statusCode(200);
        return usage;
    }

    private static Response translate(String authorization) {
        var request = given().contentType(ContentType.JSON).body(Map.of("text", Endpoint.ARTICLE));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/v1/translate");
    }
}
