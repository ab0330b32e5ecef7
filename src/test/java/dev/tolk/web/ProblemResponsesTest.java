package dev.tolk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Requests tolk refuses before any model is asked: each is an {@code application/problem+json} document with a stable
 * {@code type}, a {@code detail} naming what was wrong, no stack trace, and not a single backend call.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class ProblemResponsesTest extends StubbedBackendTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @AfterEach
    void noBackendCall() {
        assertThat(backend.getAllServeEvents()).as("requests the backend received").isEmpty();
    }

    // --- the body: shape and JSON --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void missingTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void nullTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": null}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void emptyTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"\"}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void blankTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"  \\n\\t \\r\\n \"}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aNumberForTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": 42}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aBooleanForTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": true}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void anObjectForTextIsAnInvalidRequestNamingText(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": {\"body\": \"Hej\"}}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void anUnknownFieldIsAnInvalidRequestNamingIt(String path) {
        JsonPath problem = problem(postJson(path, "{\"txt\": \"Hej verden.\"}"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("txt");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void anUnknownFieldNextToValidTextIsStillRefused(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"colour\": {}}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("colour");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void malformedJsonIsMalformedJson(String path) {
        problem(postJson(path, "{\"text\": \"Hej verden.\",}"), 400, Problem.MALFORMED_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void truncatedJsonIsMalformedJson(String path) {
        problem(postJson(path, "{\"text\": \"Hej ver"), 400, Problem.MALFORMED_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void anArrayInsteadOfAnObjectIsAnInvalidRequest(String path) {
        JsonPath problem = problem(postJson(path, "[{\"text\": \"Hej verden.\"}]"), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).containsIgnoringCase("object");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aBareStringInsteadOfAnObjectIsAnInvalidRequest(String path) {
        JsonPath problem = problem(postJson(path, "\"Hej verden.\""), 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).containsIgnoringCase("object");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void noBodyIsAnInvalidRequest(String path) {
        Response response = given().contentType(ContentType.JSON).when().post(path);
        JsonPath problem = problem(response, 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("body");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aPlainTextBodyIsAnUnsupportedMediaType(String path) {
        Response response = given().contentType(ContentType.TEXT).body("Hej verden.").when().post(path);
        problem(response, 415, Problem.UNSUPPORTED_MEDIA_TYPE);
    }

    // --- field values ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aSourceOtherThanDanishIsAnInvalidRequestNamingSource(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"source\": \"sv\"}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("source");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aNumberForSourceIsAnInvalidRequestNamingSource(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"source\": 45}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("source");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/articles" })
    void aTargetOtherThanEnglishIsAnInvalidRequestNamingTarget(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"target\": \"fr\"}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("target");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/articles" })
    void aLowerCaseVariantIsNotATarget(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"target\": \"en-us\"}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("target");
    }

    @Test
    void maxBulletsIsNotATranslationField() {
        JsonPath problem = problem(postJson("/v1/translate", "{\"text\": \"Hej verden.\", \"maxBullets\": 3}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("maxBullets");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/summarize", "/v1/articles" })
    void zeroBulletsIsAnInvalidRequestNamingMaxBullets(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"maxBullets\": 0}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("maxBullets");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/summarize", "/v1/articles" })
    void elevenBulletsIsAnInvalidRequestNamingMaxBullets(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"maxBullets\": 11}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("maxBullets");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/summarize", "/v1/articles" })
    void aWordForMaxBulletsIsAnInvalidRequestNamingMaxBullets(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"maxBullets\": \"five\"}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("maxBullets");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/summarize", "/v1/articles" })
    void aFractionForMaxBulletsIsAnInvalidRequestNamingMaxBullets(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \"Hej verden.\", \"maxBullets\": 2.5}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("maxBullets");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aTitleOverAThousandCharactersIsAnInvalidRequestNamingTitle(String path) {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("title", "T".repeat(1001), "text", "Hej verden.")).when().post(path);
        JsonPath problem = problem(response, 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("title");
    }

    @Test
    void anArticleIdOverTwoHundredCharactersIsAnInvalidRequestNamingId() {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("id", "i".repeat(201), "text", "Hej verden.")).when().post("/v1/articles");
        JsonPath problem = problem(response, 400, Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("id");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void everyInvalidFieldIsNamedInOneProblem(String path) {
        JsonPath problem = problem(postJson(path, "{\"text\": \" \", \"source\": \"no\"}"), 400,
                Problem.INVALID_REQUEST);
        assertThat(problem.getString("detail")).contains("text").contains("source");
    }

    // --- size ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void textOverTheLimitIsTooLarge(String path) {
        Response response = given().contentType(ContentType.JSON).body(Map.of("text", longText(100_001)))
                .when().post(path);
        JsonPath problem = problem(response, 413, Problem.TOO_LARGE);
        assertThat(problem.getString("detail")).contains("100000");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void theTitleCountsTowardsTheLimit(String path) {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Overskrift", "text", longText(99_995))).when().post(path);
        problem(response, 413, Problem.TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void aBodyOverTheRawSizeCapIsTooLargeBeforeItIsRead(String path) {
        // Over quarkus.http.limits.max-body-size (1M): refused from the declared length (BodyLimit), with the same
        // problem type as a text over tolk's character limit.
        Response response = given().contentType(ContentType.JSON).body(Map.of("text", longText(1_100_000)))
                .when().post(path);
        JsonPath problem = problem(response, 413, Problem.TOO_LARGE);
        assertThat(problem.getString("detail")).contains("1048576 bytes");
        assertNoInternals(response.asString());
    }

    // --- routing -------------------------------------------------------------------------------------------------

    @Test
    void anUnknownPathIsNotFound() {
        problem(given().when().get("/v1/translations"), 404, Problem.NOT_FOUND);
    }

    @Test
    void postingToAnUnknownPathIsNotFound() {
        problem(postJson("/v1/nothing-here", "{\"text\": \"Hej verden.\"}"), 404, Problem.NOT_FOUND);
    }

    @Test
    void aPathOutsideTheApiIsNotFound() {
        problem(given().when().get("/no/such/page"), 404, Problem.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/translate", "/v1/summarize", "/v1/articles" })
    void getOnAnEndpointIsMethodNotAllowed(String path) {
        problem(given().when().get(path), 405, Problem.HTTP);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static Response postJson(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path);
    }

    /** Asserts an RFC 9457 problem with this status and type, and no trace of the server's internals. */
    private static JsonPath problem(Response response, int status, String type) {
        response.then().statusCode(status).header("Content-Type", startsWith(PROBLEM_JSON));
        String body = response.asString();
        assertNoInternals(body);
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("at dev.tolk", "at io.quarkus", "at com.fasterxml", "at java.", "\tat ",
                "Exception", "dev.tolk.", "com.fasterxml");
    }

    /** Danish-looking prose of exactly {@code chars} characters, in paragraphs. */
    private static String longText(int chars) {
        String paragraph = "Folketinget vedtog torsdag en ny lov om vedvarende energi efter lang debat.\n\n";
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) {
            sb.append(paragraph);
        }
        sb.setLength(chars);
        sb.setCharAt(chars - 1, '.');
        return sb.toString();
    }
}
