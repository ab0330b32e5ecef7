package dev.tolk.rest;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
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
class TranslationResourceTest extends StubbedBackendTest {

    @Test
    void translatesTheSeedArticleInOneCallKeepingParagraphsInOrder() {
        List<String> english = Fixtures.seedEnglish();
        backend.stubFor(chat().willReturn(completion(segments(english), 812, 655)));

        JsonPath reply = given().contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish(), "target", "en-GB"))
                .when().post("/v1/translate")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("source", equalTo("da"))
                .body("target", equalTo("en-GB"))
                .body("model", equalTo("test-model"))
                .body("cached", equalTo(false))
                .body("usage.inputTokens", equalTo(812))
                .body("usage.outputTokens", equalTo(655))
                .extract().jsonPath();

        assertThat(reply.getString("text").split("\n\n")).containsExactlyElementsOf(english);
        assertThat(reply.getString("promptVersion")).matches("[0-9a-f]{12}");
        assertThat(reply.getString("title")).isNull();

        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent).hasSize(1);
        JsonNode body = OpenAiStub.body(sent.get(0));
        assertThat(body.get("model").asText()).isEqualTo("test-model");
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.0);
        assertThat(body.has("tools")).isFalse();
        assertThat(body.get("messages")).hasSize(2);
        assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
        assertThat(body.get("messages").get(1).get("role").asText()).isEqualTo("user");
        String system = body.get("messages").get(0).get("content").asText();
        assertThat(system).contains("British").doesNotContain("Ismail Haniyeh er onsdag");
        JsonNode payload = OpenAiStub.fencedPayload(sent.get(0));
        List<String> sentSegments = new java.util.ArrayList<>();
        payload.get("segments").forEach(s -> sentSegments.add(s.asText()));
        assertThat(sentSegments).containsExactlyElementsOf(Fixtures.seedParagraphs());
    }
}
