package dev.tolk.llm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.DemoBackendProfile;
import dev.tolk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Dev convenience: with auto-detection on, nothing configured and no Ollama on localhost:11434 (none runs where the
 * tests run), tolk answers from the demo backend: labelled placeholders, never cached.
 */
@QuarkusTest
@TestProfile(DemoBackendProfile.class)
class DemoBackendTest {

    private static final String LABEL = "[demo backend";

    @Test
    void translationsAreLabelledPlaceholdersAndNeverCached() {
        Map<String, Object> request = Map.of("title", "Hamas-leder i Kairo", "text", Fixtures.seedDanish());

        for (int i = 0; i < 2; i++) {
            JsonPath reply = given().contentType(ContentType.JSON).body(request)
                    .when().post("/v1/translate")
                    .then().statusCode(200)
                    .body("model", equalTo("demo"))
                    .body("cached", equalTo(false))
                    .extract().jsonPath();
            List<String> paragraphs = List.of(reply.getString("text").split("\n\n"));
            assertThat(paragraphs).hasSize(Fixtures.seedParagraphs().size()).allSatisfy(p -> assertThat(p).startsWith(LABEL));
            assertThat(reply.getString("title")).startsWith(LABEL);
        }
    }

    @Test
    void summariesAreLabelledPlaceholdersAndNeverCached() {
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish(), "maxBullets", 2);

        for (int i = 0; i < 2; i++) {
            List<String> bullets = given().contentType(ContentType.JSON).body(request)
                    .when().post("/v1/summarize")
                    .then().statusCode(200)
                    .body("model", equalTo("demo"))
                    .body("cached", equalTo(false))
                    .extract().jsonPath().getList("bullets", String.class);
            assertThat(bullets).hasSize(2).allSatisfy(b -> assertThat(b).startsWith(LABEL));
        }
    }

    @Test
    void isReadyWithTheDemoBackend() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'llm-backend' }.data.primary", equalTo("demo demo"));
    }
}
