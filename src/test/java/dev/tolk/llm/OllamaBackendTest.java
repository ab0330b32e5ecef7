package dev.tolk.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.cache.Caches;
import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OllamaBackend;
import dev.tolk.testing.SseEvents;
import dev.tolk.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** {@code tolk.llm.provider=ollama} speaks Ollama's native chat API, with the same prompts and guarantees. */
@QuarkusTest
@TestProfile(OllamaBackendTest.Ollama.class)
class OllamaBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static class Ollama implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OllamaBackend.class));
        }

        /** The shared OpenAI-compatible stub (TestBackend) would configure the other provider. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @OllamaBackend.Inject
    WireMockServer ollama;

    @Inject
    Caches caches;

    @BeforeEach
    void reset() {
        ollama.resetAll();
        caches.clearLocal();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void translatesThroughTheNativeChatApi() throws Exception {
        ollama.stubFor(post(urlEqualTo(OllamaBackend.CHAT)).willReturn(ollamaReply(
                JSON.writeValueAsString(Map.of("segments", Fixtures.seedEnglish())), 100, 50)));

        JsonPath reply = given().contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish(), "target", "en-GB"))
                .when().post("/v1/translate")
                .then().statusCode(200)
                .body("model", equalTo("llama3.1"))
                .body("cached", equalTo(false))
                .body("usage.inputTokens", equalTo(100))
                .body("usage.outputTokens", equalTo(50))
                .extract().jsonPath();
        assertThat(reply.getString("text").split("\n\n")).containsExactlyElementsOf(Fixtures.seedEnglish());

        List<LoggedRequest> sent = ollama.findAll(postRequestedFor(urlEqualTo(OllamaBackend.CHAT)));
        assertThat(sent).hasSize(1);
        assertThat(ollama.findAll(anyRequestedFor(anyUrl()))).as("nothing but /api/chat").hasSize(1);
        JsonNode body = JSON.readTree(sent.get(0).getBodyAsString());
        assertThat(body.get("model").asText()).isEqualTo("llama3.1");
        assertThat(body.path("stream").asBoolean(true)).as("stream").isFalse();
        assertThat(body.path("options").path("temperature").asDouble(-1)).isEqualTo(0.0);
        assertThat(body.has("tools") && !body.get("tools").isNull() && !body.get("tools").isEmpty()).isFalse();
        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
        String system = messages.get(0).get("content").asText();
        String user = messages.get(1).get("content").asText();
        assertThat(system).doesNotContain("Ismail Haniyeh");
        assertThat(user.strip()).endsWith("</article>");
        String fenced = user.substring(user.indexOf("<article>") + "<article>".length(), user.lastIndexOf("</article>"));
        List<String> segments = new ArrayList<>();
        JSON.readTree(fenced).get("segments").forEach(s -> segments.add(s.asText()));
        assertThat(segments).containsExactlyElementsOf(Fixtures.seedParagraphs());

        // And the reply is cached like any primary backend's.
        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish(), "target", "en-GB"))
                .when().post("/v1/translate")
                .then().statusCode(200).body("cached", equalTo(true)).body("model", equalTo("llama3.1"));
        assertThat(ollama.findAll(postRequestedFor(urlEqualTo(OllamaBackend.CHAT)))).hasSize(1);
    }

    @Test
    void summarisesThroughTheNativeChatApi() throws Exception {
        ollama.stubFor(post(urlEqualTo(OllamaBackend.CHAT)).willReturn(ollamaReply(
                JSON.writeValueAsString(Map.of("bullets", List.of(Map.of("text", "Hamas leader Ismail Haniyeh is in Cairo.",
                        "sources", List.of(1))))), 90, 12)));

        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .when().post("/v1/summarize")
                .then().statusCode(200)
                .body("model", equalTo("llama3.1"))
                .body("bullets[0]", equalTo("Hamas leader Ismail Haniyeh is in Cairo."))
                .body("usage.inputTokens", equalTo(90))
                .body("usage.outputTokens", equalTo(12));
        assertThat(ollama.findAll(postRequestedFor(urlEqualTo(OllamaBackend.CHAT)))).hasSize(1);
    }

    @Test
    void anOllamaErrorIsA503() {
        ollama.stubFor(post(urlEqualTo(OllamaBackend.CHAT)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"model \\\"llama3.1\\\" not found, try pulling it first\"}")));

        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .when().post("/v1/translate")
                .then().statusCode(503)
                .body("type", equalTo(Problem.BACKEND_UNAVAILABLE));
        assertThat(ollama.findAll(postRequestedFor(urlEqualTo(OllamaBackend.CHAT)))).as("a 404 is not retried").hasSize(1);
    }

    @Test
    void streamsThroughTheNativeChatApi() throws Exception {
        String reply = JSON.writeValueAsString(Map.of("segments", Fixtures.seedEnglish()));
        ollama.stubFor(post(urlEqualTo(OllamaBackend.CHAT))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.stream",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")))
                .willReturn(ollamaStream(reply, 11, 100, 50).withChunkedDribbleDelay(60, 600)));

        String stream = given().accept("text/event-stream").contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish()))
                .when().post("/v1/translate")
                .then().statusCode(200).extract().asString();

        List<SseEvents.Event> events = SseEvents.parse(stream);
        SseEvents.Event done = events.get(events.size() - 1);
        assertThat(done.name()).isEqualTo("done");
        assertThat(done.data().get("model").asText()).isEqualTo("llama3.1");
        assertThat(done.data().get("usage").get("outputTokens").asInt()).isEqualTo(50);
        assertThat(SseEvents.named(events, "delta").size()).isGreaterThan(Fixtures.seedEnglish().size());
        assertThat(SseEvents.replay(events, "segment").values()).containsExactlyElementsOf(Fixtures.seedEnglish());
        assertThat(ollama.findAll(postRequestedFor(urlEqualTo(OllamaBackend.CHAT)))).hasSize(1);
    }

    /** Ollama's streamed reply: one JSON object per line, the last with {@code done: true} and the counts. */
    private static ResponseDefinitionBuilder ollamaStream(String content, int pieceSize, int promptTokens,
            int completionTokens) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < content.length(); i += pieceSize) {
            body.append(JSON.writeValueAsString(Map.of("model", "llama3.1", "created_at", "2024-12-20T10:15:30Z",
                    "message", Map.of("role", "assistant",
                            "content", content.substring(i, Math.min(content.length(), i + pieceSize))),
                    "done", false))).append('\n');
        }
        body.append(JSON.writeValueAsString(Map.of("model", "llama3.1", "created_at", "2024-12-20T10:15:31Z",
                "message", Map.of("role", "assistant", "content", ""), "done", true, "done_reason", "stop", "total_duration", 123456789,
                "prompt_eval_count", promptTokens, "eval_count", completionTokens))).append('\n');
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson")
                .withBody(body.toString());
    }

    private static ResponseDefinitionBuilder ollamaReply(String content,
            int promptTokens, int completionTokens) throws Exception {
        Map<String, Object> body = Map.of(
                "model", "llama3.1",
                "created_at", "2024-12-20T10:15:30.123456Z",
                "message", Map.of("role", "assistant", "content", content),
                "done", true,
                "done_reason", "stop",
                "prompt_eval_count", promptTokens,
                "eval_count", completionTokens);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(body));
    }
}
