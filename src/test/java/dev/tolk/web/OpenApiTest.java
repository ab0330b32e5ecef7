package dev.tolk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The published API description: what clients generate code from, so it must match the real contract. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class OpenApiTest {

    private static final List<String> ENDPOINTS = List.of("/v1/translate", "/v1/summarize", "/v1/articles");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsEveryEndpointWithItsProblemResponses() throws Exception {
        JsonNode api = openApi();

        for (String path : ENDPOINTS) {
            JsonNode post = api.path("paths").path(path).path("post");
            assertThat(post.isMissingNode()).as("POST %s is documented", path).isFalse();
            JsonNode responses = post.path("responses");
            assertThat(responses.has("200")).as("%s 200", path).isTrue();
            for (String status : List.of("400", "413", "415", "503", "504")) {
                JsonNode problem = responses.path(status);
                assertThat(problem.isMissingNode()).as("%s documents %s", path, status).isFalse();
                assertThat(problem.path("content").path("application/problem+json").path("schema").path("$ref").asText())
                        .as("%s %s is a Problem", path, status).isEqualTo("#/components/schemas/Problem");
            }
            JsonNode retryAfter = responses.path("503").path("headers").path("Retry-After");
            assertThat(retryAfter.isMissingNode()).as("%s 503 has Retry-After", path).isFalse();
            assertThat(retryAfter.path("schema").path("type").toString()).contains("integer");
            assertThat(post.path("requestBody").path("content").has("application/json")).as("%s body", path).isTrue();
        }
    }

    @Test
    void hasTheProblemSchemaAndTheSeedExamples() throws Exception {
        JsonNode api = openApi();

        JsonNode problem = api.path("components").path("schemas").path("Problem");
        assertThat(problem.isMissingNode()).isFalse();
        assertThat(problem.path("properties").has("type")).isTrue();
        assertThat(problem.path("properties").has("title")).isTrue();
        assertThat(problem.path("properties").has("status")).isTrue();
        assertThat(problem.path("properties").has("detail")).isTrue();

        JsonNode examples = api.path("components").path("examples");
        assertThat(examples.has("translateSeed")).isTrue();
        assertThat(examples.path("translateSeed").path("value").path("text").asText()).contains("Ismail Haniyeh");
        assertThat(examples.has("summarizeSeed")).isTrue();
        assertThat(examples.has("digestSeed")).isTrue();
        assertThat(api.path("paths").path("/v1/translate").path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path("seed").path("$ref").asText())
                .isEqualTo("#/components/examples/translateSeed");
    }

    @Test
    void documentsTheRequestFieldsTheServerAccepts() throws Exception {
        JsonNode schemas = openApi().path("components").path("schemas");

        assertThat(names(schemas.path("TranslationRequest").path("properties")))
                .containsExactlyInAnyOrder("title", "text", "source", "target", "glossary", "format");
        assertThat(names(schemas.path("SummarizeRequest").path("properties")))
                .containsExactlyInAnyOrder("title", "text", "maxBullets", "source", "glossary", "format");
        assertThat(names(schemas.path("DigestRequest").path("properties")))
                .containsExactlyInAnyOrder("id", "title", "text", "maxBullets", "source", "target", "glossary",
                        "format");
        assertThat(schemas.path("TranslationRequest").path("required").toString()).contains("text");
    }

    @Test
    void documentsTheSummaryResponseFields() throws Exception {
        JsonNode summary = openApi().path("components").path("schemas").path("SummaryResponse").path("properties");

        assertThat(names(summary)).containsExactlyInAnyOrder("bullets", "bulletSources", "model", "promptVersion",
                "cached", "usage", "warnings");
        assertThat(summary.path("bullets").path("items").path("type").asText()).isEqualTo("string");
        assertThat(summary.path("bulletSources").path("items").path("items").path("type").asText())
                .isEqualTo("integer");
        assertThat(summary.path("bulletSources").path("description").asText()).contains("1-based");
    }

    @Test
    void theSwaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    private static JsonNode openApi() throws Exception {
        String body = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
