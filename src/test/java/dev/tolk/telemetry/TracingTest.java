package dev.tolk.telemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The spans of one request: the HTTP server span, the cache lookup under it, a span per chunk, and a span per backend
 * attempt with model, outcome and tokens, never text.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(TracingTest.TracesOn.class)
class TracingTest extends StubbedBackendTest {

    /** The SDK on, exporting only to the in-memory exporter (no OTLP exporter at all). */
    public static class TracesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "10ms");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    @Test
    void anUncachedTranslationWithAReaskIsOneTreeOfSpans() {
        List<String> english = new ArrayList<>(Fixtures.seedEnglish());
        List<String> withDanishNumber = english.stream().map(p -> p.replace("19,667", "19.667")).toList();
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(withDanishNumber), 800, 600)));
        backend.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .willReturn(completion(segments(english), 1500, 610)));

        given().header(RequestIds.HEADER, "traced-1").contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish())).post("/v1/translate")
                .then().statusCode(200);

        List<SpanData> all = await().atMost(Duration.ofSeconds(10)).until(spans::getFinishedSpanItems,
                s -> s.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER));
        SpanData server = only(all, "POST /v1/translate");
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(server.getAttributes().get(SpanAttributes.REQUEST_ID)).isEqualTo("traced-1");

        SpanData lookup = only(all, "cache lookup");
        assertThat(lookup.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(lookup.getTraceId()).isEqualTo(server.getTraceId());
        assertThat(lookup.getAttributes().get(SpanAttributes.CACHE_NAME)).isEqualTo("translation");
        assertThat(lookup.getAttributes().get(SpanAttributes.CACHE_KEYS)).isEqualTo(english.size());
        assertThat(lookup.getAttributes().get(SpanAttributes.CACHE_L1_HITS)).isZero();
        assertThat(lookup.getAttributes().get(SpanAttributes.CACHE_LOADED)).isEqualTo(english.size());

        SpanData chunk = only(all, "chunk");
        assertThat(chunk.getParentSpanId()).isEqualTo(lookup.getSpanId());
        assertThat(chunk.getAttributes().get(SpanAttributes.CHUNK_INDEX)).isZero();
        assertThat(chunk.getAttributes().get(SpanAttributes.CHUNK_SEGMENTS)).isEqualTo(english.size());

        List<SpanData> attempts = named(all, "chat test-model");
        assertThat(attempts).hasSize(2).allSatisfy(a -> {
            assertThat(a.getParentSpanId()).isEqualTo(chunk.getSpanId());
            assertThat(a.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(a.getAttributes().get(SpanAttributes.GEN_AI_MODEL)).isEqualTo("test-model");
            assertThat(a.getAttributes().get(SpanAttributes.BACKEND)).isEqualTo("primary");
            assertThat(a.getAttributes().get(SpanAttributes.OUTCOME)).isEqualTo("success");
        });
        SpanData first = attempts.stream().filter(a -> !a.getAttributes().get(SpanAttributes.REASK)).findFirst().orElseThrow();
        SpanData reask = attempts.stream().filter(a -> a.getAttributes().get(SpanAttributes.REASK)).findFirst().orElseThrow();
        assertThat(first.getAttributes().get(SpanAttributes.GEN_AI_INPUT_TOKENS)).isEqualTo(800);
        assertThat(first.getAttributes().get(SpanAttributes.GEN_AI_OUTPUT_TOKENS)).isEqualTo(600);
        assertThat(reask.getAttributes().get(SpanAttributes.GEN_AI_INPUT_TOKENS)).isEqualTo(1500);
        assertThat(reask.getStartEpochNanos()).isGreaterThanOrEqualTo(first.getEndEpochNanos());

        assertNoText(all);
    }

    @Test
    void aCachedRepeatIsALookupWithoutChunksOrBackendCalls() {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)));
        translate();
        await().atMost(Duration.ofSeconds(10)).until(() -> !named(spans.getFinishedSpanItems(), "chat test-model").isEmpty());
        spans.reset();

        translate();
        List<SpanData> all = await().atMost(Duration.ofSeconds(10)).until(spans::getFinishedSpanItems,
                s -> s.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER));
        SpanData lookup = only(all, "cache lookup");
        assertThat(lookup.getAttributes().get(SpanAttributes.CACHE_L1_HITS))
                .isEqualTo(lookup.getAttributes().get(SpanAttributes.CACHE_KEYS));
        assertThat(named(all, "chunk")).isEmpty();
        assertThat(named(all, "chat test-model")).isEmpty();
    }

    @Test
    void aBackendFailureIsAFailedAttemptSpan() {
        backend.stubFor(chat().willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"bad request: " + Fixtures.seedParagraphs().get(0) + "\"}}")));
        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish())).post("/v1/translate")
                .then().statusCode(503);
        List<SpanData> all = await().atMost(Duration.ofSeconds(10)).until(spans::getFinishedSpanItems,
                s -> s.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER));
        SpanData attempt = named(all, "chat test-model").get(0);
        assertThat(attempt.getStatus().getStatusCode()).isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR);
        assertThat(attempt.getAttributes().get(SpanAttributes.OUTCOME)).isNotEqualTo("success");
        assertNoText(all);
    }

    private static void translate() {
        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish())).post("/v1/translate")
                .then().statusCode(200);
    }

    /** No attribute, event or status of any span holds a sentence of the article or of its translation. */
    private static void assertNoText(List<SpanData> all) {
        List<String> sentences = new ArrayList<>();
        Fixtures.seedParagraphs().forEach(p -> sentences.add(p.substring(0, Math.min(40, p.length()))));
        Fixtures.seedEnglish().forEach(p -> sentences.add(p.substring(0, Math.min(40, p.length()))));
        for (SpanData span : all) {
            String everything = span.getName() + span.getAttributes() + span.getEvents() + span.getStatus();
            for (String sentence : sentences) {
                assertThat(everything).as(span.getName()).doesNotContain(sentence);
            }
        }
    }

    private static SpanData only(List<SpanData> all, String name) {
        List<SpanData> found = named(all, name);
        assertThat(found).as(name + " in " + all.stream().map(SpanData::getName).toList()).hasSize(1);
        return found.get(0);
    }

    private static List<SpanData> named(List<SpanData> all, String name) {
        return all.stream().filter(s -> s.getName().equals(name)).toList();
    }
}
