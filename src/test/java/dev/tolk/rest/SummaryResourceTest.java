package dev.tolk.rest;

import static dev.tolk.testing.OpenAiStub.bullets;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.cite;
import static dev.tolk.testing.OpenAiStub.cited;
import static dev.tolk.testing.OpenAiStub.plainBullets;
import static dev.tolk.testing.OpenAiStub.completion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
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
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class SummaryResourceTest extends StubbedBackendTest {

    private static final List<String> BULLETS = List.of(
            "Hamas leader Ismail Haniyeh has arrived in Cairo for talks with Egyptian officials, Reuters reports.",
            "Israel has reportedly offered a pause of at least a week in the war in Gaza in exchange for hostages.",
            "The Hamas-controlled Health Ministry in Gaza has registered 19,667 deaths since 7 October.");

    @Test
    void summarisesTheSeedArticleInOneCall() {
        backend.stubFor(chat().willReturn(completion(bullets(BULLETS), 790, 120)));

        JsonPath reply = given().contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish(), "maxBullets", 7))
                .when().post("/v1/summarize")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("model", equalTo("test-model"))
                .body("cached", equalTo(false))
                .body("usage.inputTokens", equalTo(790))
                .body("usage.outputTokens", equalTo(120))
                .extract().jsonPath();

        assertThat(reply.getList("bullets", String.class)).containsExactlyElementsOf(BULLETS);
        assertThat(reply.getString("promptVersion")).matches("[0-9a-f]{12}");

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
        String user = body.get("messages").get(1).get("content").asText();
        for (String paragraph : Fixtures.seedParagraphs()) {
            assertThat(system).doesNotContain(paragraph.substring(0, Math.min(40, paragraph.length())));
        }
        assertThat(system).doesNotContain("Haniyeh").doesNotContain("Gazastriben");

        // The article is in the user message only, once, fenced, and nothing follows the fence.
        assertThat(count(user, "<article>")).isEqualTo(1);
        assertThat(count(user, "</article>")).isEqualTo(1);
        assertThat(user.strip()).endsWith("</article>");
        String instructions = user.substring(0, user.indexOf("<article>"));
        assertThat(instructions).doesNotContain("Haniyeh").contains("7");

        JsonNode payload = OpenAiStub.fencedPayload(sent.get(0));
        assertThat(payload.get("title").isNull()).isTrue();
        List<String> paragraphs = new ArrayList<>();
        payload.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertThat(paragraphs).containsExactlyElementsOf(Fixtures.seedParagraphs());
    }

    @Test
    void theBulletLimitSentFollowsTheRequest() {
        backend.stubFor(chat().willReturn(completion(bullets(BULLETS), 790, 120)));

        summarize(Map.of("text", Fixtures.seedDanish(), "maxBullets", 3)).then().statusCode(200);
        summarize(Map.of("text", Fixtures.seedDanish(), "maxBullets", 9)).then().statusCode(200);

        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent).as("a different bullet count is a different summary").hasSize(2);
        List<String> instructions = sent.stream().map(r -> {
            String user = OpenAiStub.body(r).get("messages").get(1).get("content").asText();
            return user.substring(0, user.indexOf("<article>"));
        }).toList();
        assertThat(instructions).anySatisfy(i -> assertThat(i).contains("3").doesNotContain("9"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).contains("9").doesNotContain("3"));
    }

    @Test
    void theTitleIsSentWithTheArticle() {
        backend.stubFor(chat().willReturn(completion(bullets(BULLETS), 790, 120)));

        summarize(Map.of("title", "Hamas-leder i Kairo for at drøfte krigen i Gaza", "text", Fixtures.seedDanish()))
                .then().statusCode(200);

        JsonNode payload = OpenAiStub.fencedPayload(OpenAiStub.sent(backend).get(0));
        assertThat(payload.get("title").asText()).isEqualTo("Hamas-leder i Kairo for at drøfte krigen i Gaza");
        assertThat(payload.get("paragraphs")).hasSize(Fixtures.seedParagraphs().size());
    }

    @Test
    void markdownMarkersAreRemovedFromBullets() {
        backend.stubFor(chat().willReturn(completion(bullets(List.of(
                "- **Hamas** leader Ismail Haniyeh has arrived in Cairo.",
                "1. Talks will focus on the war in Gaza.",
                "* Axios reports that `Israel` offered a week-long pause.",
                "2) About 130 hostages are believed to remain in Gaza.",
                "• Over 52,000 others are __wounded__.")), 790, 120)));

        List<String> bullets = summarize(Map.of("text", Fixtures.seedDanish()))
                .then().statusCode(200).extract().jsonPath().getList("bullets", String.class);

        assertThat(bullets).containsExactly(
                "Hamas leader Ismail Haniyeh has arrived in Cairo.",
                "Talks will focus on the war in Gaza.",
                "Axios reports that Israel offered a week-long pause.",
                "About 130 hostages are believed to remain in Gaza.",
                "Over 52,000 others are wounded.");
    }

    @Test
    void numbersThatStartABulletAreNotMistakenForListMarkers() {
        backend.stubFor(chat().willReturn(completion(bullets(List.of(
                "130 hostages are believed to remain in Gaza.",
                "2.3 million people live in the Gaza Strip.")), 790, 120)));

        List<String> bullets = summarize(Map.of("text", Fixtures.seedDanish()))
                .then().statusCode(200).extract().jsonPath().getList("bullets", String.class);

        assertThat(bullets).containsExactly(
                "130 hostages are believed to remain in Gaza.",
                "2.3 million people live in the Gaza Strip.");
    }

    @Test
    void bulletsBeyondMaxBulletsAreDropped() {
        backend.stubFor(chat().willReturn(completion(bullets(List.of(
                "First bullet.", "Second bullet.", "Third bullet.", "Fourth bullet.", "Fifth bullet.", "Sixth bullet.")),
                790, 120)));

        List<String> bullets = summarize(Map.of("text", Fixtures.seedDanish(), "maxBullets", 2))
                .then().statusCode(200).extract().jsonPath().getList("bullets", String.class);

        assertThat(bullets).containsExactly("First bullet.", "Second bullet.");
    }

    @Test
    void withoutMaxBulletsAtMostFiveComeBack() {
        backend.stubFor(chat().willReturn(completion(bullets(List.of(
                "First bullet.", "Second bullet.", "Third bullet.", "Fourth bullet.", "Fifth bullet.", "Sixth bullet.")),
                790, 120)));

        List<String> bullets = summarize(Map.of("text", Fixtures.seedDanish()))
                .then().statusCode(200).extract().jsonPath().getList("bullets", String.class);

        assertThat(bullets).hasSize(5).startsWith("First bullet.").endsWith("Fifth bullet.");
    }

    @Test
    void aRepeatedRequestIsServedFromTheCache() {
        backend.stubFor(chat().willReturn(completion(bullets(BULLETS), 790, 120)));
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish(), "maxBullets", 4);

        JsonPath first = summarize(request).then().statusCode(200).body("cached", equalTo(false))
                .extract().jsonPath();
        JsonPath second = summarize(request).then().statusCode(200)
                .body("cached", equalTo(true))
                .body("usage.inputTokens", equalTo(0))
                .body("usage.outputTokens", equalTo(0))
                .body("model", equalTo("test-model"))
                .extract().jsonPath();

        assertThat(second.getList("bullets", String.class)).isEqualTo(first.getList("bullets", String.class));
        assertThat(second.getString("promptVersion")).isEqualTo(first.getString("promptVersion"));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @Test
    void theSameArticleWithWhitespaceDifferencesHitsTheCache() {
        backend.stubFor(chat().willReturn(completion(bullets(BULLETS), 790, 120)));

        summarize(Map.of("text", Fixtures.seedDanish())).then().statusCode(200).body("cached", equalTo(false));
        summarize(Map.of("text", "  " + Fixtures.seedDanish().replace("\n\n", " \r\n\r\n\r\n") + "\n\n"))
                .then().statusCode(200).body("cached", equalTo(true));

        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @Test
    void eachBulletComesWithTheParagraphsItCitesAlignedWithBullets() {
        backend.stubFor(chat().willReturn(completion(cited(List.of(
                cite(BULLETS.get(0), 1, 2), cite(BULLETS.get(1), 5), cite(BULLETS.get(2), 15, 14))), 790, 120)));
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish());

        JsonPath reply = summarize(request).then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("bullets", String.class)).containsExactlyElementsOf(BULLETS);
        assertThat(reply.getList("bulletSources")).containsExactly(List.of(1, 2), List.of(5), List.of(15, 14));
        assertThat(reply.getList("warnings")).isEmpty();
        // The model is asked for sources in the reply's schema, not only in prose.
        JsonNode schema = OpenAiStub.body(OpenAiStub.sent(backend).get(0)).at("/response_format/json_schema/schema");
        assertThat(schema.at("/properties/bullets/items/properties/sources/type").asText()).isEqualTo("array");

        // The cached summary keeps its sources.
        JsonPath again = summarize(request).then().statusCode(200).body("cached", equalTo(true)).extract().jsonPath();
        assertThat(again.getList("bulletSources")).isEqualTo(reply.getList("bulletSources"));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @Test
    void aSourceTheArticleDoesNotHaveIsReaskedThenWarnedAndNotCached() {
        // The seed article has 15 paragraphs.
        backend.stubFor(chat().willReturn(completion(cited(List.of(
                cite(BULLETS.get(0), 1), cite(BULLETS.get(1), 16, 2))), 790, 120)));
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish());

        JsonPath reply = summarize(request).then().statusCode(200).extract().jsonPath();

        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent).as("one call and one re-ask").hasSize(2);
        JsonNode reask = OpenAiStub.body(sent.get(1)).get("messages");
        assertThat(reask).hasSize(4);
        assertThat(reask.get(2).get("content").asText()).as("the assistant turn keeps the sources it cited")
                .contains("\"sources\":[16,2]");
        assertThat(reask.get(3).get("content").asText()).contains("sources").contains("16");

        assertThat(reply.getList("warnings.code", String.class)).containsExactly("sources");
        assertThat(reply.getString("warnings[0].detail")).contains("Bullet 2").contains("16");
        assertThat(reply.getList("bulletSources")).as("clients only get paragraphs that exist")
                .containsExactly(List.of(1), List.of(2));

        summarize(request).then().statusCode(200).body("cached", equalTo(false));
        assertThat(OpenAiStub.sent(backend)).as("a summary citing a missing paragraph is not cached").hasSize(4);
    }

    @Test
    void aReaskThatFixesTheSourcesPassesAndIsCached() {
        backend.stubFor(chat().inScenario("sources").whenScenarioStateIs(STARTED)
                .willReturn(completion(cited(List.of(cite(BULLETS.get(0), 0))), 790, 120))
                .willSetStateTo("asked again"));
        backend.stubFor(chat().inScenario("sources").whenScenarioStateIs("asked again")
                .willReturn(completion(cited(List.of(cite(BULLETS.get(0), 1))), 800, 30)));
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish());

        summarize(request).then().statusCode(200).body("warnings", org.hamcrest.Matchers.empty())
                .body("bulletSources[0]", equalTo(List.of(1)))
                .body("usage.inputTokens", equalTo(1590));
        summarize(request).then().statusCode(200).body("cached", equalTo(true));

        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @Test
    void plainStringBulletsAreStillAcceptedButFlaggedAsUncited() {
        backend.stubFor(chat().willReturn(completion(plainBullets(BULLETS.subList(0, 2)), 790, 120)));

        JsonPath reply = summarize(Map.of("text", Fixtures.seedDanish())).then().statusCode(200)
                .extract().jsonPath();

        assertThat(reply.getList("bullets", String.class)).containsExactlyElementsOf(BULLETS.subList(0, 2));
        assertThat(reply.getList("bulletSources")).containsExactly(List.of(), List.of());
        assertThat(reply.getList("warnings.code", String.class)).containsExactly("sources", "sources");
        assertThat(OpenAiStub.sent(backend)).as("uncited bullets are re-asked once").hasSize(2);
    }

    private static Response summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summarize");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
