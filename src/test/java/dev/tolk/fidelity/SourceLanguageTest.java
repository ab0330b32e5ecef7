package dev.tolk.fidelity;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** {@code source: auto} detects the language; English passes through, other languages are refused. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class SourceLanguageTest extends StubbedBackendTest {

    private static final String ENGLISH = "The government announced on Tuesday that it will invest more money in "
            + "public transport over the next five years, according to a statement from the ministry.";
    private static final String SWEDISH = "Regeringen meddelade på tisdagen att den kommer att satsa mer pengar på "
            + "kollektivtrafiken under de kommande fem åren, enligt ett pressmeddelande från departementet.";
    private static final String GERMAN = "Die Regierung kündigte am Dienstag an, in den kommenden fünf Jahren mehr "
            + "Geld in den öffentlichen Nahverkehr zu investieren, heißt es in einer Mitteilung des Ministeriums.";

    @Test
    void englishPassesThroughWithoutABackendCall() {
        given().contentType(ContentType.JSON).body(Map.of("text", ENGLISH, "source", "auto"))
                .post("/v1/translate").then().statusCode(200)
                .body("source", equalTo("en")).body("text", equalTo(ENGLISH))
                .body("cached", equalTo(true)).body("usage.inputTokens", equalTo(0));
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }

    @Test
    void swedishIsTranslatedAndReportedAsSwedish() {
        backend.stubFor(chat().willReturn(completion(segments(List.of(ENGLISH)), 120, 40)));
        JsonPath reply = given().contentType(ContentType.JSON).body(Map.of("text", SWEDISH, "source", "auto"))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
        assertThat(reply.getString("source")).isEqualTo("sv");
        assertThat(reply.getString("text")).isEqualTo(ENGLISH);
        String system = OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(0).get("content").asText();
        assertThat(system).contains("Swedish");
    }

    @Test
    void anotherLanguageIsRefusedWith422() {
        given().contentType(ContentType.JSON).body(Map.of("text", GERMAN, "source", "auto"))
                .post("/v1/translate").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:tolk:problem:unsupported-language"))
                .body("detail", org.hamcrest.Matchers.containsString("German"));
        given().contentType(ContentType.JSON).body(Map.of("text", GERMAN, "source", "auto"))
                .post("/v1/summarize").then().statusCode(422);
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }

    @Test
    void danishRequestedForClearlyOtherTextIsTranslatedWithAWarning() {
        backend.stubFor(chat().willReturn(completion(segments(List.of(ENGLISH)), 120, 40)));
        JsonPath reply = given().contentType(ContentType.JSON).body(Map.of("text", GERMAN, "source", "da"))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
        assertThat(reply.getString("source")).isEqualTo("da");
        assertThat(reply.getList("warnings.code")).contains("source-language");
        assertThat(OpenAiStub.sent(backend)).isNotEmpty();
    }
}
