package dev.tolk.streaming;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static dev.tolk.testing.BackendAssertions.delta;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static dev.tolk.testing.OpenAiStub.bullets;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.segments;
import static dev.tolk.testing.OpenAiStub.streamedCompletion;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.SseEvents;
import dev.tolk.testing.SseEvents.Event;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * {@code Accept: text/event-stream} on /v1/translate and /v1/summarize: deltas from the backend's streaming API (or
 * from the cache), then {@code done} with the JSON response body, or {@code error} with the problem document. The
 * stubs only answer requests with {@code "stream": true}, so a blocking call would fail these tests.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class StreamingResourceTest extends StubbedBackendTest {

    private static final String TITLE = "Hamas-leder i Kairo";
    private static final String TITLE_EN = "Hamas leader in Cairo";
    private static final List<String> SEGMENTS = List.of(TITLE_EN, Endpoint.ENGLISH.get(0), Endpoint.ENGLISH.get(1));

    private static MappingBuilder streamedChat() {
        return chat().withRequestBody(matchingJsonPath("$.stream", equalTo("true")));
    }

    private static Map<String, Object> translation() {
        return Map.of("title", TITLE, "text", Endpoint.ARTICLE);
    }

    private static List<Event> events(Response reply) {
        assertThat(reply.statusCode()).as(reply.asString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        return SseEvents.parse(reply.asString());
    }

    private static JsonNode done(List<Event> events) {
        assertThat(events).isNotEmpty();
        Event last = events.get(events.size() - 1);
        assertThat(last.name()).as("the last event").isEqualTo("done");
        assertThat(SseEvents.named(events, "done")).hasSize(1);
        return last.data();
    }

    @Test
    void anUncachedTranslationStreamsDeltasFromTheStreamingApiThenDone() {
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)));

        List<Event> events = events(SseEvents.post("/v1/translate", translation()));

        JsonNode done = done(events);
        assertThat(done.get("title").asText()).isEqualTo(TITLE_EN);
        assertThat(done.get("text").asText()).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(done.get("cached").asBoolean()).isFalse();
        assertThat(done.get("model").asText()).isEqualTo("test-model");
        assertThat(done.get("usage").get("inputTokens").asInt()).isEqualTo(300);
        assertThat(done.get("usage").get("outputTokens").asInt()).isEqualTo(120);
        assertThat(done.get("warnings")).isEmpty();

        List<Event> deltas = SseEvents.named(events, "delta");
        assertThat(deltas.size()).as("text arrives in pieces, not one event per segment").isGreaterThan(10);
        assertThat(SseEvents.named(events, "reset")).isEmpty();
        assertThat(SseEvents.replay(events, "segment")).isEqualTo(Map.of(0, SEGMENTS.get(0), 1, SEGMENTS.get(1),
                2, SEGMENTS.get(2)));
        assertThat(deltas.get(0).data().get("segment").asInt()).as("the title comes first").isZero();

        assertThat(OpenAiStub.sent(backend)).hasSize(1);
        assertThat(OpenAiStub.body(OpenAiStub.last(backend)).get("stream").asBoolean()).isTrue();
    }

    @Test
    void deltasReachTheClientWhileTheBackendIsStillWriting() throws Exception {
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)
                .withChunkedDribbleDelay(20, 2000)));

        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/v1/translate")).header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(translation()))).build();
        long start = System.nanoTime();
        long firstDelta = -1;
        long done = -1;
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> reply = http.send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(reply.statusCode()).isEqualTo(200);
            try (Stream<String> lines = reply.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    long at = (System.nanoTime() - start) / 1_000_000;
                    if (line.matches("event: ?delta") && firstDelta < 0) {
                        firstDelta = at;
                    } else if (line.matches("event: ?done")) {
                        done = at;
                    }
                }
            }
        }
        assertThat(firstDelta).as("a delta arrived").isNotNegative();
        assertThat(done).as("done arrived").isNotNegative();
        assertThat(done - firstDelta).as("ms between the first delta and done").isGreaterThan(1000);
    }

    @Test
    void aClientLeavingMidStreamDoesNotStopTheCallItsResultIsCached() throws Exception {
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)
                .withChunkedDribbleDelay(20, 1500)));

        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/v1/translate")).header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(translation()))).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> reply = http.send(request, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = reply.body()) {
                assertThat(lines.filter(l -> l.matches("event: ?delta")).findFirst()).isPresent();
            } // closing the stream before done hangs up
        }

        Response json = io.restassured.RestAssured.given().contentType("application/json").body(translation())
                .when().post("/v1/translate");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.jsonPath().getBoolean("cached")).as("joined or found the abandoned stream's call").isTrue();
        assertThat(json.jsonPath().getString("text")).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @Test
    void aStreamThatStallsTimesOutAndIsRetried() {
        backend.stubFor(streamedChat().inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120).withFixedDelay(8000))
                .willSetStateTo("fast"));
        backend.stubFor(streamedChat().inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)));

        List<Event> events = events(SseEvents.post("/v1/translate", translation()));

        assertThat(done(events).get("text").asText()).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(SseEvents.replay(events, "segment").values()).containsExactlyElementsOf(SEGMENTS);
        assertThat(OpenAiStub.sent(backend)).as("the stalled attempt and its retry").hasSize(2);
    }

    @Test
    void aCachedTranslationStreamsAtOnceWithoutCallingTheBackend() {
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)));
        done(events(SseEvents.post("/v1/translate", translation())));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);

        List<Event> events = events(SseEvents.post("/v1/translate", translation()));

        JsonNode done = done(events);
        assertThat(done.get("cached").asBoolean()).isTrue();
        assertThat(done.get("text").asText()).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(done.get("usage").get("inputTokens").asInt()).isZero();
        assertThat(SseEvents.named(events, "delta")).as("one delta per cached segment").hasSize(3);
        assertThat(SseEvents.replay(events, "segment").values()).containsExactlyElementsOf(SEGMENTS);
        assertThat(OpenAiStub.sent(backend)).as("no further backend call").hasSize(1);
    }

    @Test
    void cachedSegmentsOfAPartlyCachedArticleComeFirstAndAtOnce() {
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)));
        done(events(SseEvents.post("/v1/translate", translation())));
        String edited = "Hamas' leder Ismail Haniyeh er torsdag ankommet til Kairo.";
        String editedEn = "Hamas leader Ismail Haniyeh arrived in Cairo on Thursday.";
        backend.stubFor(streamedChat().atPriority(1).withRequestBody(containing("torsdag"))
                .willReturn(streamedCompletion(segments(List.of(editedEn)), 7, 100, 40)));

        List<Event> events = events(SseEvents.post("/v1/translate",
                Map.of("title", TITLE, "text", edited + "\n\n" + Endpoint.ARTICLE.split("\n\n")[1])));

        assertThat(done(events).get("cached").asBoolean()).isFalse();
        assertThat(events.subList(0, 2)).as("the cached title and second paragraph, whole, before any backend text")
                .extracting(e -> e.data().get("segment").asInt() + ":" + e.data().get("text").asText())
                .containsExactly("0:" + TITLE_EN, "2:" + Endpoint.ENGLISH.get(1));
        assertThat(SseEvents.replay(events, "segment").values())
                .containsExactly(TITLE_EN, editedEn, Endpoint.ENGLISH.get(1));
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments")).hasSize(1);
    }

    @Test
    void theJsonResponseIsUnchangedForClientsNotAskingForEvents() throws Exception {
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(SEGMENTS), 7, 300, 120)));
        done(events(SseEvents.post("/v1/translate", translation())));

        // What the stream cached serves the plain JSON request too.
        Response json = io.restassured.RestAssured.given().contentType("application/json").body(translation())
                .when().post("/v1/translate");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.jsonPath().getString("text")).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(json.jsonPath().getBoolean("cached")).isTrue();

        // REST Assured always sends Accept (*/*); a client sending none gets JSON too.
        HttpRequest noAccept = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/v1/translate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(translation()))).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> reply = http.send(noAccept, HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(new ObjectMapper().readTree(reply.body()).get("text").asText())
                    .isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        }
    }

    @Test
    void markdownStreamsAPlainTextPreviewAndDoneHasTheMarkup() {
        String md = "Hamas' leder **Ismail Haniyeh** er onsdag ankommet til Kairo.\n\n"
                + Endpoint.ARTICLE.split("\n\n")[1];
        String first = "Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo on Wednesday.";
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(List.of(first,
                Endpoint.ENGLISH.get(1))), 5, 300, 120)));

        List<Event> events = events(SseEvents.post("/v1/translate", Map.of("format", "markdown", "text", md)));

        assertThat(done(events).get("text").asText()).isEqualTo(
                "Hamas leader **Ismail Haniyeh** arrived in Cairo on Wednesday.\n\n" + Endpoint.ENGLISH.get(1));
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments").get(0).asText()).contains("<x1>");
        assertThat(SseEvents.named(events, "delta")).extracting(e -> e.data().get("text").asText())
                .noneMatch(text -> text.contains("<") || text.contains(">"));
        assertThat(SseEvents.replay(events, "segment").values()).containsExactly(Endpoint.ENGLISH.get(0),
                Endpoint.ENGLISH.get(1));
        assertThat(SseEvents.named(events, "reset")).as("the preview needed no correction").isEmpty();
    }

    @Test
    void aSummaryStreamsItsBulletsThenDone() {
        List<String> bullets = List.of("Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday.",
                "Gaza's health ministry says 19,667 people have been killed.");
        backend.stubFor(streamedChat().willReturn(streamedCompletion(bullets(bullets), 5, 200, 40)));

        List<Event> events = events(SseEvents.post("/v1/summarize", Map.of("text", Endpoint.ARTICLE, "maxBullets", 3)));

        JsonNode done = done(events);
        List<String> doneBullets = new ArrayList<>();
        done.get("bullets").forEach(b -> doneBullets.add(b.asText()));
        assertThat(doneBullets).containsExactlyElementsOf(bullets);
        assertThat(done.get("bulletSources").get(0).get(0).asInt()).isEqualTo(1);
        assertThat(done.get("cached").asBoolean()).isFalse();
        assertThat(done.get("warnings")).isEmpty();
        assertThat(SseEvents.named(events, "delta").size()).isGreaterThan(bullets.size());
        assertThat(SseEvents.replay(events, "bullet").values()).containsExactlyElementsOf(bullets);
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
        assertThat(OpenAiStub.body(OpenAiStub.last(backend)).get("stream").asBoolean()).isTrue();
    }

    @Test
    void aBackendFailureIsAnErrorEventWithTheProblemAndNoText() {
        backend.stubFor(streamedChat().willReturn(openAiError(503)));

        List<Event> events = events(SseEvents.post("/v1/translate", translation()));

        assertThat(events).hasSize(1);
        Event error = events.get(0);
        assertThat(error.name()).isEqualTo("error");
        assertThat(error.data().get("type").asText()).isEqualTo("urn:tolk:problem:backend-unavailable");
        assertThat(error.data().get("status").asInt()).isEqualTo(503);
        assertThat(error.data().get("retryAfter").asInt()).isPositive();
        assertThat(error.data().get("detail").asText()).doesNotContain("stubbed failure");
        assertThat(OpenAiStub.sent(backend)).as("the first attempt and two retries").hasSize(3);
    }

    @Test
    void aRetryAfterPartTheReplyStreamedResetsWhatWasSent() {
        String reply = segments(SEGMENTS);
        backend.stubFor(streamedChat().inScenario("cut").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(streamedCompletion(reply.substring(0, reply.length() / 2), 7, 300, 60))
                .willSetStateTo("whole"));
        backend.stubFor(streamedChat().inScenario("cut").whenScenarioStateIs("whole")
                .willReturn(streamedCompletion(reply, 7, 300, 120)));

        Metrics before = Metrics.scrape();

        List<Event> events = events(SseEvents.post("/v1/translate", translation()));

        JsonNode done = done(events);
        assertThat(done.get("text").asText()).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        Metrics after = Metrics.scrape();
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome", "unusable_reply"))
                .as("attempts are counted as for a blocking call").isEqualTo(1.0);
        assertThat(delta(before, after, "tolk_backend_calls_total", "backend", "primary", "outcome", "success"))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "tolk_tokens_total", "backend", "primary", "direction", "output"))
                .isEqualTo(180.0);
        List<Event> resets = SseEvents.named(events, "reset");
        assertThat(resets).as("the cut-off reply's segments are taken back").isNotEmpty();
        assertThat(resets.get(0).data().get("segment").asInt()).isZero();
        assertThat(SseEvents.replay(events, "segment").values()).containsExactlyElementsOf(SEGMENTS);
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @Test
    void aFidelityFailureComesWithWarningsInDoneAndIsNotCached() {
        List<String> dropsTheNumber = List.of(TITLE_EN, Endpoint.ENGLISH.get(0),
                "According to Gaza's health ministry, many people have been killed.");
        backend.stubFor(streamedChat().willReturn(streamedCompletion(segments(dropsTheNumber), 9, 300, 120)));
        // Once the title and first paragraph are cached, only the flagged paragraph is sent.
        backend.stubFor(streamedChat().atPriority(1).withRequestBody(notContaining("Hamas' leder"))
                .willReturn(streamedCompletion(segments(List.of(dropsTheNumber.get(2))), 9, 100, 40)));

        List<Event> events = events(SseEvents.post("/v1/translate", translation()));

        JsonNode done = done(events);
        List<String> codes = new ArrayList<>();
        done.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        assertThat(codes).contains("numbers");
        assertThat(OpenAiStub.sent(backend)).as("the first call and one re-ask").hasSize(2);
        assertThat(OpenAiStub.body(OpenAiStub.last(backend)).get("stream").asBoolean()).isTrue();
        assertThat(SseEvents.named(events, "reset")).as("the re-ask's text replaces the first reply's").isNotEmpty();
        assertThat(SseEvents.replay(events, "segment").values()).containsExactlyElementsOf(dropsTheNumber);

        JsonNode again = done(events(SseEvents.post("/v1/translate", translation())));
        assertThat(again.get("cached").asBoolean()).isFalse();
        assertThat(OpenAiStub.sent(backend)).as("the flagged paragraph was not cached").hasSize(4);
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments")).hasSize(1);
    }

    @Test
    void aBadRequestIsAPlainProblemResponseBeforeAnyStream() {
        Response reply = SseEvents.post("/v1/translate", Map.of("text", "  "));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.jsonPath().getString("type")).isEqualTo("urn:tolk:problem:invalid-request");
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }
}
