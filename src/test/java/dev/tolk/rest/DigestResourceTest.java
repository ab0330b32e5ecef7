package dev.tolk.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.tolk.testing.OpenAiStub.bullets;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DigestResourceTest extends StubbedBackendTest {

    private static final String TITLE = "Hamas-leder i Kairo for at drøfte krigen i Gaza";
    private static final String TITLE_EN = "Hamas leader in Cairo to discuss the war in Gaza";
    private static final List<String> BULLETS = List.of(
            "Hamas leader Ismail Haniyeh has arrived in Cairo for talks with Egyptian officials.",
            "The Health Ministry in Gaza has registered 19,667 deaths since 7 October.");

    @Test
    void translatesAndSummarisesInOneCallEach() {
        stubBoth();

        JsonPath reply = given().contentType(ContentType.JSON)
                .body(Map.of("id", "ritzau-hamas-kairo", "title", TITLE, "text", Fixtures.seedDanish(),
                        "target", "en-GB", "maxBullets", 4))
                .when().post("/v1/articles")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo("ritzau-hamas-kairo"))
                .body("translation.title", equalTo(TITLE_EN))
                .body("translation.source", equalTo("da"))
                .body("translation.target", equalTo("en-GB"))
                .body("translation.model", equalTo("test-model"))
                .body("translation.cached", equalTo(false))
                .body("translation.usage.inputTokens", equalTo(900))
                .body("translation.usage.outputTokens", equalTo(700))
                .body("summary.model", equalTo("test-model"))
                .body("summary.cached", equalTo(false))
                .body("summary.usage.inputTokens", equalTo(850))
                .body("summary.usage.outputTokens", equalTo(90))
                .extract().jsonPath();

        assertThat(reply.getString("translation.text").split("\n\n")).containsExactlyElementsOf(Fixtures.seedEnglish());
        assertThat(reply.getList("summary.bullets", String.class)).containsExactlyElementsOf(BULLETS);
        assertThat(reply.getString("translation.promptVersion")).matches("[0-9a-f]{12}");
        assertThat(reply.getString("summary.promptVersion")).matches("[0-9a-f]{12}")
                .isNotEqualTo(reply.getString("translation.promptVersion"));

        assertThat(OpenAiStub.sent(backend)).hasSize(2);
        List<LoggedRequest> translation = sent("segments");
        List<LoggedRequest> summary = sent("paragraphs");
        assertThat(translation).hasSize(1);
        assertThat(summary).hasSize(1);

        JsonNode segments = OpenAiStub.fencedPayload(translation.get(0)).get("segments");
        assertThat(segments.get(0).asText()).isEqualTo(TITLE);
        assertThat(segments).hasSize(1 + Fixtures.seedParagraphs().size());
        JsonNode summaryPayload = OpenAiStub.fencedPayload(summary.get(0));
        assertThat(summaryPayload.get("title").asText()).isEqualTo(TITLE);
        List<String> paragraphs = new ArrayList<>();
        summaryPayload.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertThat(paragraphs).containsExactlyElementsOf(Fixtures.seedParagraphs());
        String summaryUser = OpenAiStub.body(summary.get(0)).get("messages").get(1).get("content").asText();
        assertThat(summaryUser.substring(0, summaryUser.indexOf("<article>"))).contains("4");
    }

    @Test
    void withoutAnIdOneIsGenerated() {
        stubBoth();

        String first = given().contentType(ContentType.JSON)
                .body(Map.of("title", TITLE, "text", Fixtures.seedDanish()))
                .when().post("/v1/articles")
                .then().statusCode(200)
                .body("translation.target", equalTo("en"))
                .extract().jsonPath().getString("id");
        String second = given().contentType(ContentType.JSON)
                .body(Map.of("title", TITLE, "text", Fixtures.seedDanish(), "id", "  "))
                .when().post("/v1/articles")
                .then().statusCode(200)
                .body("translation.cached", equalTo(true))
                .body("summary.cached", equalTo(true))
                .extract().jsonPath().getString("id");

        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(OpenAiStub.sent(backend)).as("the second digest came from the cache").hasSize(2);
    }

    @Test
    void withoutATitleTheTranslationHasNone() {
        backend.stubFor(translationCall().willReturn(completion(segments(Fixtures.seedEnglish()), 900, 700)));
        backend.stubFor(summaryCall().willReturn(completion(bullets(BULLETS), 850, 90)));

        JsonPath reply = given().contentType(ContentType.JSON)
                .body(Map.of("id", "a-1", "text", Fixtures.seedDanish()))
                .when().post("/v1/articles")
                .then().statusCode(200).extract().jsonPath();

        assertThat(reply.getString("translation.title")).isNull();
        assertThat(reply.getString("translation.text").split("\n\n")).containsExactlyElementsOf(Fixtures.seedEnglish());
        assertThat(reply.getList("summary.bullets", String.class)).hasSize(2);
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    private void stubBoth() {
        List<String> english = new ArrayList<>();
        english.add(TITLE_EN);
        english.addAll(Fixtures.seedEnglish());
        backend.stubFor(translationCall().willReturn(completion(segments(english), 900, 700)));
        backend.stubFor(summaryCall().willReturn(completion(bullets(BULLETS), 850, 90)));
    }

    /** A translation call: its fenced article has "segments" (a summary's has "paragraphs"). */
    private static MappingBuilder translationCall() {
        return chat().withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"segments\":")));
    }

    private static MappingBuilder summaryCall() {
        return chat().withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"paragraphs\":")));
    }

    private List<LoggedRequest> sent(String payloadKey) {
        return backend.findAll(postRequestedFor(urlEqualTo(OpenAiStub.CHAT))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"" + payloadKey + "\":"))));
    }
}
