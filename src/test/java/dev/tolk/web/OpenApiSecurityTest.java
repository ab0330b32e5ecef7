package dev.tolk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document as a client generator and {@code redocly lint} (recommended rules) read it: every operation has
 * a unique operationId and says how it is secured, every tag is described, the security schemes are declared.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class OpenApiSecurityTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void everyOperationHasAUniqueOperationIdAndEveryTagADescription() throws Exception {
        JsonNode api = openApi();
        List<String> ids = new ArrayList<>();
        Set<String> usedTags = new HashSet<>();
        operations(api).forEach((where, op) -> {
            assertThat(op.path("operationId").asText()).as("operationId of " + where).isNotBlank();
            ids.add(op.path("operationId").asText());
            op.path("tags").forEach(t -> usedTags.add(t.asText()));
        });
        assertThat(ids).doesNotHaveDuplicates();
        Map<String, String> described = new java.util.HashMap<>();
        api.path("tags").forEach(t -> described.put(t.path("name").asText(), t.path("description").asText()));
        assertThat(described.keySet()).containsAll(usedTags);
        described.forEach((tag, description) -> assertThat(description).as("description of tag " + tag).isNotBlank());
        assertThat(api.path("servers")).as("servers").isNotEmpty();
    }

    @Test
    void theSecuritySchemesAreDeclaredAndAppliedToEveryOperation() throws Exception {
        JsonNode api = openApi();
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("deeplAuthKey").path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path("deeplAuthKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("deeplAuthKey").path("name").asText()).isEqualTo("Authorization");

        operations(api).forEach((where, op) -> {
            assertThat(op.has("security")).as("security of " + where).isTrue();
            if (where.contains(" /v1/")) {
                assertThat(schemeNames(op)).as(where).containsExactly("bearer");
                assertThat(op.path("responses").has("401")).as("401 documented on " + where).isTrue();
                assertThat(op.path("responses").has("429")).as("429 documented on " + where).isTrue();
            } else if (where.contains(" /v2/")) {
                assertThat(schemeNames(op)).as(where).containsExactly("deeplAuthKey");
            } else {
                assertThat(schemeNames(op)).as(where + ": LibreTranslate's key is a body field").isEmpty();
            }
        });
    }

    private static List<String> schemeNames(JsonNode op) {
        List<String> names = new ArrayList<>();
        op.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(names::add));
        return names;
    }

    private static Map<String, JsonNode> operations(JsonNode api) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                out.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return out;
    }

    private static JsonNode openApi() throws Exception {
        return new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }
}
