package dev.tolk.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A backend that refuses or talks nonsense is a 503 problem with {@code Retry-After}, on every endpoint: never a 500,
 * never invented text, never the backend's own error text. (The full fault matrix lives with the gateway's tests.)
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class BackendFailureResponsesTest extends StubbedBackendTest {

    /** What a 401 from OpenAI looks like; the key fragment must never reach tolk's client. */
    private static final String UNAUTHORIZED = "{\"error\":{\"message\":\"Incorrect API key provided: sk-live-SECRET. "
            + "You can find your API key at https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\","
            + "\"param\":null,\"code\":\"invalid_api_key\"}}";
    /** Maximum attempts of one model call on a transient failure: the first and tolk.llm.resilience.max-retries (2). */
    private static final int ATTEMPTS = 3;

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize" })
    void aRejectedApiKeyIsA503AfterOneCallWithoutRetry(String path) {
        backend.stubFor(chat().willReturn(unauthorized()));

        unavailable(post(path));

        assertThat(OpenAiStub.sent(backend)).as("a 401 is not transient: no retry").hasSize(1);
    }

    @Test
    void aRejectedApiKeyIsA503ForTheDigestWithOneCallPerPart() {
        backend.stubFor(chat().willReturn(unauthorized()));

        unavailable(post("/v1/articles"));

        // The summary is produced on the request's thread, so its calls are all made by now; the translation runs
        // alongside and may still be on its way.
        assertThat(calls("paragraphs")).as("summary calls").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> calls("segments") >= 1);
        assertThat(calls("segments")).as("translation calls").isEqualTo(1);
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize" })
    void aReplyThatIsNotTheJsonAskedForIsA503(String path) {
        backend.stubFor(chat().willReturn(completion("Sure! Here is the translation you asked for: Hamas leader in Cairo.",
                120, 30)));

        JsonPath problem = unavailable(post(path));

        assertThat(problem.getString("detail")).doesNotContain("Hamas leader");
        assertThat(OpenAiStub.sent(backend)).as("an unusable reply is transient: retried, then given up")
                .hasSize(ATTEMPTS);
    }

    @Test
    void aReplyThatIsNotTheJsonAskedForIsA503ForTheDigest() {
        backend.stubFor(chat().willReturn(completion("I cannot help with that.", 120, 30)));

        unavailable(post("/v1/articles"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("segments") >= ATTEMPTS && calls("paragraphs") >= ATTEMPTS);
        assertThat(calls("segments")).as("translation calls").isEqualTo(ATTEMPTS);
        assertThat(calls("paragraphs")).as("summary calls").isEqualTo(ATTEMPTS);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aReplyWithTheWrongShapeIsA503(String path) {
        // Valid JSON, but neither segments nor bullets: nothing may be made up from it.
        backend.stubFor(chat().willReturn(completion("{\"translation\": \"Hamas leader in Cairo\"}", 120, 30)));

        JsonPath problem = unavailable(post(path));

        assertThat(problem.getString("detail")).doesNotContain("Hamas leader");
        await().atMost(Duration.ofSeconds(10)).until(() -> OpenAiStub.sent(backend).size()
                >= (path.equals("/v1/articles") ? 2 * ATTEMPTS : ATTEMPTS));
    }

    @Test
    void aFailureIsNotCached() {
        backend.stubFor(chat().willReturn(unauthorized()));
        unavailable(post("/v1/translate"));

        backend.resetAll();
        backend.stubFor(chat().willReturn(completion(OpenAiStub.segments(Fixtures.seedEnglish()), 800, 600)));
        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .when().post("/v1/translate")
                .then().statusCode(200)
                .body("cached", equalTo(false));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    private static ResponseDefinitionBuilder unauthorized() {
        return aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED);
    }

    private static Response post(String path) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish()))
                .when().post(path);
    }

    /** Asserts a 503 backend-unavailable problem with a whole-seconds Retry-After, and nothing of the backend's. */
    private static JsonPath unavailable(Response response) {
        response.then().statusCode(503).header("Content-Type", startsWith("application/problem+json"));
        String retryAfter = response.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").isNotNull().matches("[0-9]+");
        assertThat(Long.parseLong(retryAfter)).isGreaterThanOrEqualTo(1);
        String body = response.asString();
        ProblemResponsesTest.assertNoInternals(body);
        assertThat(body).doesNotContain("sk-live-SECRET", "api-keys", "Ismail Haniyeh");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo(Problem.BACKEND_UNAVAILABLE);
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    /** Chat calls whose fenced article carries this key: "segments" for translations, "paragraphs" for summaries. */
    private int calls(String payloadKey) {
        return backend.findAll(postRequestedFor(urlEqualTo(OpenAiStub.CHAT))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"" + payloadKey + "\":"))))
                .size();
    }
}
