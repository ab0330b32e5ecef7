package dev.tolk.summary;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.cite;
import static dev.tolk.testing.OpenAiStub.cited;
import static dev.tolk.testing.OpenAiStub.completion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.SseEvents;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An article over the chunk budget is summarised per chunk, then the partial bullets are merged in one more call.
 * With a 300-token budget the seed article (15 paragraphs) plans as paragraphs 1–6, 7–11 and 12–15.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(SummaryMapReduceTest.SmallChunks.class)
class SummaryMapReduceTest extends StubbedBackendTest {

    public static class SmallChunks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.chunk.max-input-tokens", "300");
        }
    }

    private static final List<List<Integer>> CHUNKS = List.of(
            List.of(1, 2, 3, 4, 5, 6), List.of(7, 8, 9, 10, 11), List.of(12, 13, 14, 15));

    private static final String PARTIAL_FIRST = "Hamas leader Ismail Haniyeh has arrived in Cairo for talks.";
    private static final String PARTIAL_SECOND = "The talks are about the war in Gaza and the hostages.";
    private static final String FINAL_FIRST = "Hamas leader Ismail Haniyeh is in Cairo to discuss the war in Gaza.";
    private static final String FINAL_SECOND = "Israel has reportedly offered a pause in the fighting.";

    /** The reduce call is the one whose fenced payload carries partial bullets (told apart without prompt text). */
    private static final String REDUCE_MARK = "partialBullets";

    @BeforeEach
    void stubTheChunks() {
        // Every chunk cites its own paragraphs 1 and 2.
        backend.stubFor(chat().withRequestBody(notContaining(REDUCE_MARK)).willReturn(completion(cited(List.of(
                cite(PARTIAL_FIRST, 1), cite(PARTIAL_SECOND, 2))), 300, 40)));
    }

    @Test
    void aStreamedSummaryStreamsOnlyTheMergeCall() {
        backend.stubFor(chat().withRequestBody(containing(REDUCE_MARK)).willReturn(OpenAiStub.streamedCompletion(
                cited(List.of(cite(FINAL_FIRST, 1, 12), cite(FINAL_SECOND, 8))), 6, 200, 30)));

        Response reply = SseEvents.post("/v1/summarize", Map.of("text", Fixtures.seedDanish(), "maxBullets", 2));

        assertThat(reply.statusCode()).isEqualTo(200);
        List<SseEvents.Event> events = SseEvents.parse(reply.asString());
        SseEvents.Event done = events.get(events.size() - 1);
        assertThat(done.name()).isEqualTo("done");
        assertThat(done.data().get("bullets").get(0).asText()).isEqualTo(FINAL_FIRST);
        assertThat(done.data().get("bulletSources").get(0).toString()).isEqualTo("[1,12]");
        assertThat(SseEvents.replay(events, "bullet").values()).containsExactly(FINAL_FIRST, FINAL_SECOND);
        assertThat(SseEvents.named(events, "reset")).as("no partial bullet was ever shown").isEmpty();
        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent).hasSize(4);
        for (LoggedRequest r : sent) {
            boolean reduce = r.getBodyAsString().contains(REDUCE_MARK);
            assertThat(OpenAiStub.body(r).path("stream").asBoolean(false)).as("streamed: reduce call %s", reduce)
                    .isEqualTo(reduce);
        }
    }

    @Test
    void chunksAreSummarisedThenMergedWithSourcesInArticleNumbering() {
        backend.stubFor(chat().withRequestBody(containing(REDUCE_MARK)).willReturn(completion(cited(List.of(
                cite(FINAL_FIRST, 1, 12), cite(FINAL_SECOND, 8))), 200, 30)));
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish(), "maxBullets", 2);

        JsonPath reply = summarize(request).then().statusCode(200)
                .body("cached", equalTo(false))
                .body("usage.inputTokens", equalTo(3 * 300 + 200))
                .body("usage.outputTokens", equalTo(3 * 40 + 30))
                .extract().jsonPath();

        assertThat(reply.getList("bullets", String.class)).containsExactly(FINAL_FIRST, FINAL_SECOND);
        assertThat(reply.getList("bulletSources")).containsExactly(List.of(1, 12), List.of(8));
        assertThat(reply.getList("warnings")).isEmpty();

        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        List<LoggedRequest> maps = sent.stream().filter(r -> !r.getBodyAsString().contains(REDUCE_MARK)).toList();
        List<LoggedRequest> reduces = sent.stream().filter(r -> r.getBodyAsString().contains(REDUCE_MARK)).toList();
        assertThat(maps).as("one call per chunk").hasSize(3);
        assertThat(reduces).as("one merge").hasSize(1);
        assertThat(sent.get(sent.size() - 1)).as("the merge comes last").isSameAs(reduces.get(0));

        // Each map call gets one chunk of paragraphs; together they are the article, in order, each paragraph once.
        List<List<String>> chunkTexts = new ArrayList<>();
        for (LoggedRequest map : maps) {
            List<String> paragraphs = new ArrayList<>();
            OpenAiStub.fencedPayload(map).get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            chunkTexts.add(paragraphs);
        }
        chunkTexts.sort((a, b) -> Fixtures.seedParagraphs().indexOf(a.get(0)) - Fixtures.seedParagraphs().indexOf(b.get(0)));
        assertThat(chunkTexts.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(Fixtures.seedParagraphs());
        assertThat(chunkTexts.stream().map(List::size).toList()).containsExactly(6, 5, 4);

        // The merge sees every partial bullet, its sources renumbered from chunk-local to article paragraphs.
        JsonNode payload = OpenAiStub.fencedPayload(reduces.get(0));
        assertThat(payload.get("paragraphCount").asInt()).isEqualTo(15);
        assertThat(payload.has("paragraphs")).as("the merge gets bullets, not the article again").isFalse();
        List<String> partial = new ArrayList<>();
        payload.get(REDUCE_MARK).forEach(b -> partial.add(b.get("text").asText() + " " + b.get("sources")));
        List<String> expected = new ArrayList<>();
        for (List<Integer> chunk : CHUNKS) {
            expected.add(PARTIAL_FIRST + " [" + chunk.get(0) + "]");
            expected.add(PARTIAL_SECOND + " [" + chunk.get(1) + "]");
        }
        assertThat(partial).containsExactlyElementsOf(expected);
        String instructions = OpenAiStub.body(reduces.get(0)).get("messages").get(1).get("content").asText();
        assertThat(instructions.substring(0, instructions.indexOf("<article>"))).contains("2").contains("15");

        // Cached per whole article: asking again sends nothing.
        JsonPath again = summarize(request).then().statusCode(200).body("cached", equalTo(true)).extract().jsonPath();
        assertThat(again.getList("bulletSources")).isEqualTo(reply.getList("bulletSources"));
        assertThat(OpenAiStub.sent(backend)).hasSize(4);
    }

    @Test
    void aMergedBulletCitingAParagraphTheArticleLacksIsReaskedAndNotCached() {
        // 16 is beyond the article; the chunks themselves are fine, so only the merge is asked again.
        backend.stubFor(chat().withRequestBody(containing(REDUCE_MARK)).willReturn(completion(cited(List.of(
                cite(FINAL_FIRST, 16))), 200, 30)));
        Map<String, Object> request = Map.of("text", Fixtures.seedDanish());

        JsonPath reply = summarize(request).then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("warnings.code", String.class)).containsExactly("sources");
        assertThat(reply.getList("bulletSources")).containsExactly(List.of());
        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent.stream().filter(r -> r.getBodyAsString().contains(REDUCE_MARK))).hasSize(2);
        assertThat(sent).hasSize(5);

        summarize(request).then().statusCode(200).body("cached", equalTo(false));
        assertThat(OpenAiStub.sent(backend)).hasSize(10);
    }

    private static Response summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summarize");
    }
}
