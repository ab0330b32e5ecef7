package dev.tolk.fidelity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static dev.tolk.testing.OpenAiStub.bullets;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Output that fails the fidelity checks is re-asked once, naming the problem; what still fails is returned with
 * warnings and never cached.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class FidelityFlowTest extends StubbedBackendTest {

    @Test
    void aNumberLeftInDanishNotationIsReaskedAndTheCorrectedTranslationCached() {
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(withDanishNumber()), 800, 600)));
        backend.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .willReturn(completion(segments(Fixtures.seedEnglish()), 1500, 600)));

        JsonPath reply = translate();
        assertThat(reply.getList("warnings")).isEmpty();
        assertThat(reply.getString("text")).contains("19,667").doesNotContain("19.667");
        assertThat(reply.getInt("usage.inputTokens")).isEqualTo(2300);
        assertThat(OpenAiStub.sent(backend)).hasSize(2);

        JsonNode reask = OpenAiStub.body(OpenAiStub.last(backend)).get("messages");
        assertThat(reask).hasSize(4);
        assertThat(reask.get(2).get("content").asText()).contains("19.667 people");
        assertThat(reask.get(3).get("role").asText()).isEqualTo("user");
        assertThat(reask.get(3).get("content").asText()).contains("numbers").contains("19.667").contains("19,667");

        assertThat(translate().getBoolean("cached")).isTrue();
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @Test
    void whatStillFailsAfterTheReaskComesWithWarningsAndIsNotCached() {
        List<String> dropsAName = new ArrayList<>(Fixtures.seedEnglish());
        dropsAName.set(2, dropsAName.get(2).replace("the American outlet Axios reported", "an American outlet reported")
                .replace("Axios cites", "It cites"));
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(dropsAName), 800, 600)));
        // Once the other paragraphs are cached, only paragraph 3 is sent.
        backend.stubFor(chat().atPriority(1).withRequestBody(notContaining("Lederen af Hamas"))
                .willReturn(completion(segments(List.of(dropsAName.get(2))), 200, 60)));

        JsonPath reply = translate();
        assertThat(reply.getBoolean("cached")).isFalse();
        assertThat(reply.getList("warnings.code")).containsExactly("names");
        assertThat(reply.getString("warnings[0].detail")).contains("Paragraph 3").contains("Axios");
        assertThat(OpenAiStub.sent(backend)).as("the first call and one re-ask").hasSize(2);

        JsonPath again = translate();
        assertThat(again.getBoolean("cached")).as("only the failing paragraph is translated again").isFalse();
        assertThat(OpenAiStub.sent(backend)).hasSize(4);
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments")).hasSize(1);
    }

    @Test
    void aReplyInDanishIsCaught() {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedParagraphs()), 800, 600)));

        JsonPath reply = translate();
        assertThat(reply.getList("warnings.code")).contains("language");
        assertThat(reply.getList("warnings.code", String.class)).allMatch(c -> c.equals("language"));
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @Test
    void aSummaryBulletWithANumberNotInTheArticleIsFlagged() {
        backend.stubFor(chat().willReturn(completion(bullets(List.of(
                "Hamas leader Ismail Haniyeh arrived in Cairo for talks with Egyptian officials.",
                "The Hamas-run health ministry says 25,000 people have been killed in Gaza.")), 700, 60)));

        JsonPath reply = given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .post("/v1/summarize").then().statusCode(200).extract().jsonPath();
        assertThat(reply.getList("warnings.code")).containsExactly("numbers");
        assertThat(reply.getString("warnings[0].detail")).contains("Bullet 2").contains("25");
        assertThat(OpenAiStub.sent(backend)).hasSize(2);

        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .post("/v1/summarize").then().statusCode(200);
        assertThat(OpenAiStub.sent(backend)).as("a flagged summary is not cached").hasSize(4);
    }

    private static List<String> withDanishNumber() {
        List<String> out = new ArrayList<>(Fixtures.seedEnglish());
        out.set(11, out.get(11).replace("19,667", "19.667"));
        return out;
    }

    private JsonPath translate() {
        return given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
    }
}
