package dev.tolk.compat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The DeepL and LibreTranslate endpoints in the published API description, with their own tags and error shapes. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class CompatOpenApiTest {

    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/v2/translate", List.of("post")), // form and JSON: one operation
            Map.entry("/v2/usage", List.of("get")),
            Map.entry("/v2/languages", List.of("get")),
            Map.entry("/v2/glossary-language-pairs", List.of("get")),
            Map.entry("/v2/glossaries", List.of("get", "post")),
            Map.entry("/v2/glossaries/{id}", List.of("get", "delete")),
            Map.entry("/v2/glossaries/{id}/entries", List.of("get")),
            Map.entry("/translate", List.of("post")),
            Map.entry("/detect", List.of("post")),
            Map.entry("/languages", List.of("get")),
            Map.entry("/frontend/settings", List.of("get")));

    @Test
    void everyEndpointIsDocumentedUnderItsAPIsTagWithAnOperationId() throws Exception {
        JsonNode api = openApi();
        List<String> operationIds = new ArrayList<>();

        ENDPOINTS.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode op = api.path("paths").path(path).path(method);
            assertThat(op.isMissingNode()).as("%s %s is documented", method, path).isFalse();
            String tag = path.startsWith("/v2/") ? "DeepL API v2" : "LibreTranslate API";
            assertThat(op.path("tags").toString()).as("%s %s tag", method, path).contains(tag);
            assertThat(op.path("operationId").asText()).as("%s %s operationId", method, path).isNotBlank();
            operationIds.add(op.path("operationId").asText());
            assertThat(op.path("responses").toString()).as("%s %s: no /v1 problem documents", method, path)
                    .doesNotContain("problem+json");
        }));

        assertThat(operationIds).doesNotHaveDuplicates();
        List<String> described = new ArrayList<>();
        api.path("tags").forEach(t -> {
            if (!t.path("description").asText().isBlank()) {
                described.add(t.path("name").asText());
            }
        });
        assertThat(described).contains("DeepL API v2", "LibreTranslate API");
    }

    @Test
    void errorsAreDocumentedInEachAPIsOwnShape() throws Exception {
        JsonNode api = openApi();

        JsonNode deepl = api.path("paths").path("/v2/translate").path("post").path("responses");
        for (String status : List.of("400", "403", "413", "429", "456", "503")) {
            assertThat(deepl.path(status).path("content").path("application/json").path("schema").path("$ref")
                    .asText()).as("DeepL %s", status).isEqualTo("#/components/schemas/DeepLError");
        }
        assertThat(deepl.path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(api.path("paths").path("/v2/glossaries/{id}").path("get").path("responses").has("404")).isTrue();
        JsonNode libre = api.path("paths").path("/translate").path("post").path("responses");
        for (String status : List.of("400", "403", "429", "503")) {
            assertThat(libre.path(status).path("content").path("application/json").path("schema").path("$ref")
                    .asText()).as("LibreTranslate %s", status).isEqualTo("#/components/schemas/LibreTranslateError");
        }
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("DeepLError").path("properties").has("message")).isTrue();
        assertThat(schemas.path("LibreTranslateError").path("properties").has("error")).isTrue();
        assertThat(schemas.path("DeepLTranslateRequest").path("properties").has("target_lang")).isTrue();
        assertThat(schemas.path("DeepLTranslation").path("properties").has("tolk_warnings")).isTrue();
        assertThat(names(api.path("paths").path("/v2/translate").path("post").path("requestBody").path("content")))
                .containsExactlyInAnyOrder("application/x-www-form-urlencoded", "application/json");
        assertThat(names(api.path("paths").path("/translate").path("post").path("requestBody").path("content")))
                .containsExactlyInAnyOrder("application/x-www-form-urlencoded", "multipart/form-data",
                        "application/json");
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode openApi() throws Exception {
        String body = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(body);
    }
}
