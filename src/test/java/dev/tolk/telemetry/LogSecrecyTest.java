package dev.tolk.telemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.LogCapture;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The log of a full request cycle (a caller's key, backend errors that echo the prompt, a re-ask, a malformed request)
 * holds at INFO and above no API key, no LLM key and no sentence of the article or its translation.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class LogSecrecyTest extends StubbedBackendTest {

    private static final String CALLER_KEY = "tolk-k1-7Qm2ZrV9xLp4Nd8Ws3Ty";
    /** What {@link TestBackend} configures as {@code tolk.llm.api-key}. */
    private static final String LLM_KEY = "test-key";

    @Test
    void aFullRequestCycleLogsNoKeyAndNoText() {
        List<String> english = Fixtures.seedEnglish();
        String echoed = "{\"error\":{\"message\":\"upstream failed on: " + Fixtures.seedParagraphs().get(0)
                + " (key " + LLM_KEY + ")\"}}";
        // 1. A transient failure echoing the prompt, retried; then a reply with a Danish number, re-asked once.
        backend.stubFor(chat().atPriority(5).inScenario("cycle").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody(echoed)).willSetStateTo("answering"));
        backend.stubFor(chat().atPriority(5).inScenario("cycle").whenScenarioStateIs("answering")
                .willReturn(completion(segments(english.stream().map(p -> p.replace("19,667", "19.667")).toList()),
                        800, 600)));
        backend.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .willReturn(completion(segments(english), 1500, 610)));

        List<ExtLogRecord> logged;
        try (LogCapture log = LogCapture.start()) {
            translate(Fixtures.seedDanish()).then().statusCode(200);

            // 2. A failure that is not retried, its error text quoting the article: a 503 for the caller.
            backend.resetAll();
            backend.stubFor(chat().willReturn(aResponse().withStatus(400).withBody(echoed)));
            caches.clearLocal();
            translate(Fixtures.seedDanish()).then().statusCode(503);

            // 3. A malformed request whose body is the article (cut off), on /v1 and on DeepL's /v2.
            given().header("Authorization", "Bearer " + CALLER_KEY).contentType(ContentType.JSON)
                    .body("{\"text\": \"" + Fixtures.seedParagraphs().get(1)).post("/v1/translate")
                    .then().statusCode(400);
            given().header("Authorization", "DeepL-Auth-Key " + CALLER_KEY)
                    .formParam("text", Fixtures.seedParagraphs().get(1)).formParam("target_lang", "XX")
                    .post("/v2/translate").then().statusCode(400);
            logged = log.infoAndAbove();
        }

        assertThat(logged).as("the backend failures are logged").isNotEmpty();
        List<String> secrets = new ArrayList<>(List.of(CALLER_KEY, LLM_KEY));
        Fixtures.seedParagraphs().forEach(p -> secrets.add(p.substring(0, Math.min(40, p.length()))));
        english.forEach(p -> secrets.add(p.substring(0, Math.min(40, p.length()))));
        for (ExtLogRecord record : logged) {
            String line = LogCapture.rendered(record);
            for (String secret : secrets) {
                assertThat(line).as("a %s line", record.getLevel()).doesNotContain(secret);
            }
        }
    }

    private static io.restassured.response.Response translate(String text) {
        return given().header("Authorization", "Bearer " + CALLER_KEY).contentType(ContentType.JSON)
                .body(Map.of("text", text)).post("/v1/translate");
    }
}
