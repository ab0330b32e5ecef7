package dev.tolk.jobs;

import static dev.tolk.testing.BackendAssertions.openAiError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.InFlightRequests;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** {@code POST /v1/articles/batch} with at most 5 articles, 2 in flight ({@link JobsTestProfile}). */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(JobsTestProfile.class)
class BatchResourceTest extends StubbedBackendTest {

    @Test
    void keepsTheOrderAndGivesAFailedArticleItsOwnProblem() {
        Articles.stubAll(backend);

        JsonPath reply = batch(Map.of("articles", List.of(Articles.article("a", 0), Map.of("id", "empty", "text", "  "),
                Articles.article("b", 1)))).then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("results.index", Integer.class)).containsExactly(0, 1, 2);
        assertThat(reply.getList("results.id", String.class)).containsExactly("a", "empty", "b");
        assertThat(reply.getList("results.status", Integer.class)).containsExactly(200, 400, 200);
        assertThat(reply.getString("results[0].translation.text")).isEqualTo(Articles.english(0));
        assertThat(reply.getList("results[0].summary.bullets", String.class)).containsExactly(Articles.bullet(0));
        assertThat(reply.getString("results[2].translation.text")).isEqualTo(Articles.english(1));
        assertThat(reply.getList("results[2].summary.bullets", String.class)).containsExactly(Articles.bullet(1));
        assertThat(reply.getString("results[1].problem.type")).isEqualTo("urn:tolk:problem:invalid-request");
        assertThat(reply.getInt("results[1].problem.status")).isEqualTo(400);
        assertThat(reply.getString("results[1].problem.detail")).startsWith("text:");
        assertThat(reply.getMap("results[1]")).doesNotContainKeys("translation", "summary");
        assertThat(reply.getMap("results[0]")).doesNotContainKey("problem");
        assertThat(OpenAiStub.sent(backend)).as("a translation and a summary per valid article").hasSize(4);
    }

    @Test
    void aBackendFailureIsThatArticlesProblemNotTheBatchs() {
        Articles.stubAll(backend);
        backend.stubFor(Articles.translation(1).atPriority(1).willReturn(openAiError(503)));

        JsonPath reply = batch(Map.of("translate", true, "summarize", false,
                "articles", List.of(Articles.article("ok", 0), Articles.article("down", 1))))
                .then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("results.status", Integer.class)).containsExactly(200, 503);
        assertThat(reply.getString("results[0].translation.text")).isEqualTo(Articles.english(0));
        assertThat(reply.getMap("results[0]")).doesNotContainKey("summary");
        assertThat(reply.getString("results[1].problem.type")).isEqualTo("urn:tolk:problem:backend-unavailable");
        assertThat(reply.getInt("results[1].problem.retryAfter")).isPositive();
    }

    @Test
    void keepsAtMostMaxParallelArticlesInFlight() {
        for (int i = 0; i < Articles.DANISH.size(); i++) {
            backend.stubFor(Articles.translation(i).willReturn(OpenAiStub.completion(
                    OpenAiStub.segments(List.of(Articles.english(i))), 40, 20).withFixedDelay(400)));
        }
        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(Articles.article("n" + i, i));
        }
        InFlightRequests.reset();

        JsonPath reply = batch(Map.of("summarize", false, "articles", five)).then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("results.status", Integer.class)).containsOnly(200).hasSize(5);
        assertThat(reply.getList("results.translation.text", String.class))
                .containsExactlyElementsOf(Articles.DANISH.stream().map(Articles.ALL::get).toList());
        assertThat(OpenAiStub.sent(backend)).hasSize(5);
        assertThat(InFlightRequests.max()).as("backend calls in flight at once (tolk.batch.max-parallel=2)").isEqualTo(2);
    }

    @Test
    void anIdenticalArticleTwiceCostsOneCallOfEachKind() {
        Articles.stubAll(backend);

        JsonPath reply = batch(Map.of("articles", List.of(Articles.article("first", 2), Articles.article("again", 2))))
                .then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("results.status", Integer.class)).containsExactly(200, 200);
        assertThat(reply.getList("results.translation.text", String.class)).containsOnly(Articles.english(2));
        assertThat(reply.getList("results.summary.bullets[0]", String.class)).containsOnly(Articles.bullet(2));
        assertThat(ModelCall.TRANSLATION.sent(backend)).hasSize(1);
        assertThat(ModelCall.SUMMARY.sent(backend)).hasSize(1);
    }

    @Test
    void onlyAMalformedRequestFailsTheWholeBatch() {
        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(Articles.article("n" + i, i % 5));
        }
        assertInvalid(batch(Map.of("articles", six)), "articles: must have 1 to 5 articles");
        assertInvalid(batch(Map.of("articles", List.of())), "articles: must have 1 to 5 articles");
        assertInvalid(batch(Map.of("translate", true)), "articles: must have 1 to 5 articles");
        assertInvalid(batch(Map.of("translate", false, "summarize", false, "articles", List.of(Articles.article("a", 0)))),
                "at least one of translate and summarize must be true");
        assertInvalid(batch(Map.of("articles", List.of(Articles.article("a", 0)), "colour", "blue")), "colour");
        assertInvalid(batch(Map.of("articles", List.of(Map.of("text", 42)))), "text");
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesBatchAndJobs() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode paths = api.path("paths");
        assertThat(paths.path("/v1/articles/batch").has("post")).isTrue();
        assertThat(paths.path("/v1/articles/batch").path("post").path("responses").has("400")).isTrue();
        assertThat(paths.path("/v1/jobs").path("post").path("responses").has("202")).isTrue();
        assertThat(paths.path("/v1/jobs/{id}").has("get")).isTrue();
        assertThat(paths.path("/v1/jobs/{id}").path("delete").path("responses").has("409")).isTrue();
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("BatchRequest").path("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("articles", "translate", "summarize");
        assertThat(schemas.path("JobRequest").path("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("articles", "translate", "summarize", "callbackUrl");
    }

    private static void assertInvalid(Response reply, String detail) {
        reply.then().statusCode(400).contentType("application/problem+json");
        assertThat(reply.jsonPath().getString("type")).isEqualTo("urn:tolk:problem:invalid-request");
        assertThat(reply.jsonPath().getString("detail")).contains(detail);
    }

    private static Response batch(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/articles/batch");
    }
}
