package dev.tolk.telemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static dev.tolk.testing.OpenAiStub.streamedCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.LogCapture;
import dev.tolk.testing.SseEvents;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every request has an id: the caller's (made safe) or a new one, in the response header and on its log lines. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class RequestIdTest extends StubbedBackendTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aRequestWithoutAnIdGetsANewOneOnEveryWayIn() {
        for (String path : List.of("/q/health/live", "/languages", "/", "/v2/languages")) {
            String first = given().get(path).then().extract().header(RequestIds.HEADER);
            String second = given().get(path).then().extract().header(RequestIds.HEADER);
            assertThat(first).as(path).matches(UUID);
            assertThat(second).as(path).matches(UUID).isNotEqualTo(first);
        }
    }

    @Test
    void theCallersIdIsKeptMadeSafeAndCut() {
        assertThat(idFor("gw-1234:abc.DEF_9")).isEqualTo("gw-1234:abc.DEF_9");
        assertThat(idFor("a b\"<c>'%;d")).isEqualTo("abcd");
        assertThat(idFor("x".repeat(500))).isEqualTo("x".repeat(64));
        assertThat(idFor("\"<>\"")).as("nothing safe left: a new id").matches(UUID);
    }

    @Test
    void problemDocumentsCarryTheIdToo() {
        given().header(RequestIds.HEADER, "bad-request-7").contentType(ContentType.JSON).body("{\"text\": ")
                .post("/v1/translate")
                .then().statusCode(400).header(RequestIds.HEADER, "bad-request-7");
    }

    @Test
    void everyLogLineOfARequestCarriesItsId() {
        // A failed first attempt makes the gateway and the guard log (WARN/INFO), from the cache loader's thread.
        backend.stubFor(chat().inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        backend.stubFor(chat().inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)));

        List<ExtLogRecord> logged;
        try (LogCapture log = LogCapture.start()) {
            given().header(RequestIds.HEADER, "desk-42").contentType(ContentType.JSON)
                    .body(Map.of("text", Fixtures.seedDanish())).post("/v1/translate")
                    .then().statusCode(200).header(RequestIds.HEADER, "desk-42");
            logged = log.records().stream().filter(r -> r.getLoggerName().startsWith("dev.tolk.llm")).toList();
        }
        assertThat(logged).as("the retry is logged").isNotEmpty();
        assertThat(logged).allSatisfy(r -> assertThat(r.getMdc(RequestIds.MDC_KEY)).as(LogCapture.rendered(r))
                .isEqualTo("desk-42"));
    }

    @Test
    void aStreamedRequestsLogLinesCarryItsIdToo() {
        backend.stubFor(chat().inScenario("flaky-stream").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        backend.stubFor(chat().inScenario("flaky-stream").whenScenarioStateIs("recovered")
                .willReturn(streamedCompletion(segments(Fixtures.seedEnglish()), 40, 800, 600)));

        List<ExtLogRecord> logged;
        try (LogCapture log = LogCapture.start()) {
            String events = given().header(RequestIds.HEADER, "stream-7").header("Accept", "text/event-stream")
                    .contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish())).post("/v1/translate")
                    .then().statusCode(200).header(RequestIds.HEADER, "stream-7").extract().asString();
            assertThat(SseEvents.named(SseEvents.parse(events), "done")).hasSize(1);
            logged = log.records().stream().filter(r -> r.getLoggerName().startsWith("dev.tolk.llm")).toList();
        }
        assertThat(logged).as("the retry is logged").isNotEmpty();
        assertThat(logged).allSatisfy(r -> assertThat(r.getMdc(RequestIds.MDC_KEY)).as(LogCapture.rendered(r))
                .isEqualTo("stream-7"));
    }

    private static String idFor(String sent) {
        return given().header(RequestIds.HEADER, sent).get("/q/health/live").then().statusCode(200).extract()
                .header(RequestIds.HEADER);
    }
}
