package dev.tolk.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.tolk.mcp.McpTransport.call;
import static dev.tolk.testing.BackendAssertions.delta;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.cite;
import static dev.tolk.testing.OpenAiStub.cited;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Fixtures;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * tolk as an MCP server, driven by the MCP Java SDK's client over Streamable HTTP and over SSE: what a chat tool sees
 * when it connects, lists the tools and calls them on the seed article; that the work is the pipeline's (a REST call
 * afterwards is a cache hit); and that every failure of the work is a tool result with {@code isError: true} and a
 * message to act on. A protocol error would make the SDK client throw, so a returned result proves there was none.
 * The SDK client also validates every structured result against the tool's output schema.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class McpToolsTest extends StubbedBackendTest {

    private static final String TITLE = "Hamas-leder i Kairo for at drøfte krigen i Gaza";
    private static final String TITLE_EN = "Hamas leader in Cairo to discuss the war in Gaza";
    private static final String GERMAN = "Die Regierung kündigte am Dienstag an, in den kommenden fünf Jahren mehr "
            + "Geld in den öffentlichen Nahverkehr zu investieren, heißt es in einer Mitteilung des Ministeriums.";
    private static final String METRIC = "tolk_mcp_tool_calls_total";

    @TestHTTPResource("/")
    URL base;

    @Override
    protected void beforeReset() {
        // A fresh application's first model call can outlast the tests' per-attempt timeout and be retried.
        BackendAssertions.warmUp(backend);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void aClientSeesTolkAndItsThreeToolsWithTypedArguments(McpTransport transport) {
        try (McpSyncClient client = transport.connect(base)) {
            assertThat(client.getServerInfo().name()).isEqualTo("tolk");
            assertThat(client.getServerInfo().version()).isNotBlank();
            assertThat(client.getServerInstructions()).contains("Danish", "translate_article", "summarize_article",
                    "digest_article");

            Map<String, McpSchema.Tool> tools = new java.util.TreeMap<>();
            client.listTools().tools().forEach(t -> tools.put(t.name(), t));
            assertThat(tools).containsOnlyKeys(ArticleTools.TRANSLATE, ArticleTools.SUMMARIZE, ArticleTools.DIGEST);
            for (McpSchema.Tool tool : tools.values()) {
                assertThat(tool.description()).as(tool.name()).contains("Danish").hasSizeGreaterThan(150);
                assertThat(tool.inputSchema().get("required")).as(tool.name()).isEqualTo(List.of("text"));
                assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object");
                assertThat(tool.annotations().readOnlyHint()).isTrue();
                Map<String, Map<String, Object>> properties = properties(tool.inputSchema());
                assertThat(type(properties, "text")).isEqualTo("string");
                assertThat(type(properties, "title")).isEqualTo("string");
                assertThat(type(properties, "source")).isEqualTo("string");
                assertThat(type(properties, "format")).isEqualTo("string");
                assertThat(type(properties, "glossary")).isEqualTo("object");
                properties.values().forEach(p -> assertThat((String) p.get("description")).isNotBlank());
            }
            assertThat(properties(tools.get(ArticleTools.TRANSLATE).inputSchema()))
                    .containsOnlyKeys("text", "title", "target", "format", "glossary", "source");
            assertThat(properties(tools.get(ArticleTools.SUMMARIZE).inputSchema()))
                    .containsOnlyKeys("text", "title", "max_bullets", "format", "glossary", "source");
            assertThat(type(properties(tools.get(ArticleTools.SUMMARIZE).inputSchema()), "max_bullets"))
                    .isEqualTo("integer");
            assertThat(properties(tools.get(ArticleTools.DIGEST).inputSchema()))
                    .containsOnlyKeys("text", "title", "max_bullets", "target", "format", "glossary", "source");
        }
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void translateArticleGivesTheEnglishAndTheRestJsonAndRestThenHitsTheCache(McpTransport transport) {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 812, 655)));
        Metrics before = Metrics.scrape();

        CallToolResult result;
        try (McpSyncClient client = transport.connect(base)) {
            result = client.callTool(call(ArticleTools.TRANSLATE,
                    Map.of("text", Fixtures.seedDanish(), "target", "en-GB"), null));
        }

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result).split("\n\n")).containsExactlyElementsOf(Fixtures.seedEnglish());
        assertThat(text(result)).contains("Ismail Haniyeh", "Isaac Herzog", "19,667", "52,000", "2.3 million");
        Map<String, Object> structured = structured(result);
        assertThat(structured).containsEntry("source", "da").containsEntry("target", "en-GB")
                .containsEntry("model", "test-model").containsEntry("cached", false)
                .containsEntry("usage", Map.of("inputTokens", 812, "outputTokens", 655))
                .containsEntry("warnings", List.of());

        JsonPath rest = given().contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.seedDanish(), "target", "en-GB"))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
        assertThat(rest.getBoolean("cached")).as("the REST call after the tool call is a cache hit").isTrue();
        assertThat(rest.getMap("")).containsOnlyKeys(structured.keySet())
                .containsEntry("text", structured.get("text"))
                .containsEntry("promptVersion", structured.get("promptVersion"));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
        assertThat(delta(before, Metrics.scrape(), METRIC, "tool", ArticleTools.TRANSLATE, "outcome", "ok"))
                .isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void summarizeArticleGivesBulletsWithTheParagraphsTheyCite(McpTransport transport) {
        backend.stubFor(chat().willReturn(completion(cited(List.of(
                cite("Hamas leader Ismail Haniyeh has arrived in Cairo for talks with Egyptian officials.", 1),
                cite("Gaza's Health Ministry has registered 19,667 deaths; more than 52,000 are wounded.", 12, 13))),
                790, 120)));

        CallToolResult result;
        try (McpSyncClient client = transport.connect(base)) {
            result = client.callTool(call(ArticleTools.SUMMARIZE,
                    Map.of("text", Fixtures.seedDanish(), "max_bullets", 3), null));
        }

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).isEqualTo(
                "- Hamas leader Ismail Haniyeh has arrived in Cairo for talks with Egyptian officials. (¶ 1)\n"
                        + "- Gaza's Health Ministry has registered 19,667 deaths; more than 52,000 are wounded. (¶ 12, 13)");
        assertThat(structured(result)).containsEntry("bulletSources", List.of(List.of(1), List.of(12, 13)))
                .containsEntry("cached", false);

        given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish(), "maxBullets", 3))
                .post("/v1/summarize").then().statusCode(200)
                .body("cached", org.hamcrest.Matchers.equalTo(true))
                .body("bullets", org.hamcrest.Matchers.equalTo(structured(result).get("bullets")));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void digestArticleGivesTheSummaryThenTheTranslation(McpTransport transport) {
        List<String> english = new ArrayList<>(List.of(TITLE_EN));
        english.addAll(Fixtures.seedEnglish());
        backend.stubFor(byPayload("segments").willReturn(completion(segments(english), 900, 700)));
        backend.stubFor(byPayload("paragraphs").willReturn(completion(cited(List.of(
                cite("Hamas leader Ismail Haniyeh has arrived in Cairo for talks with Egyptian officials.", 1))),
                850, 90)));

        CallToolResult result;
        try (McpSyncClient client = transport.connect(base)) {
            result = client.callTool(call(ArticleTools.DIGEST,
                    Map.of("title", TITLE, "text", Fixtures.seedDanish(), "max_bullets", 4), null));
        }

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).startsWith("Summary\n\n- Hamas leader Ismail Haniyeh has arrived in Cairo for talks "
                + "with Egyptian officials. (¶ 1)\n\nTranslation\n\n" + TITLE_EN + "\n\n" + english.get(1));
        assertThat(text(result)).endsWith(english.get(english.size() - 1));
        Map<String, Object> structured = structured(result);
        assertThat(structured).containsOnlyKeys("translation", "summary");

        JsonPath rest = given().contentType(ContentType.JSON)
                .body(Map.of("title", TITLE, "text", Fixtures.seedDanish(), "maxBullets", 4))
                .post("/v1/articles").then().statusCode(200).extract().jsonPath();
        assertThat(rest.getBoolean("translation.cached")).isTrue();
        assertThat(rest.getBoolean("summary.cached")).isTrue();
        assertThat(rest.getMap("translation")).containsOnlyKeys(((Map<?, ?>) structured.get("translation")).keySet());
        assertThat(rest.getMap("summary")).containsOnlyKeys(((Map<?, ?>) structured.get("summary")).keySet());
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void aBackendFailureIsAToolErrorThatSaysWhenToRetry(McpTransport transport) {
        backend.stubFor(chat().willReturn(openAiError(503)));
        Metrics before = Metrics.scrape();

        CallToolResult result;
        try (McpSyncClient client = transport.connect(base)) {
            result = client.callTool(call(ArticleTools.TRANSLATE, Map.of("text", Fixtures.seedDanish()), null));
        }

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Backend unavailable (503): ")
                .containsPattern("Retry the same call in [1-9][0-9]* seconds\\.$");
        Map<?, ?> problem = (Map<?, ?>) result.meta().get(ToolResults.PROBLEM_KEY);
        assertThat(problem.get("type")).isEqualTo("urn:tolk:problem:backend-unavailable");
        assertThat(problem.get("status")).isEqualTo(503);
        assertThat(((Number) problem.get("retryAfter")).intValue()).isPositive();
        assertThat(result.structuredContent()).isNull();
        assertThat(delta(before, Metrics.scrape(), METRIC, "tool", ArticleTools.TRANSLATE, "outcome",
                "backend-unavailable")).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void tooLargeTextAndUnsupportedLanguageAreToolErrorsSayingNotToRetryAsIs(McpTransport transport) {
        String huge = "Regeringen vil bruge flere penge på den kollektive trafik. ".repeat(1700);
        try (McpSyncClient client = transport.connect(base)) {
            CallToolResult tooLarge = client.callTool(call(ArticleTools.SUMMARIZE, Map.of("text", huge), null));
            assertThat(tooLarge.isError()).isTrue();
            assertThat(text(tooLarge)).startsWith("Text too large (413): ").contains("limit is 100000")
                    .contains("Send a shorter text");

            CallToolResult german = client.callTool(call(ArticleTools.TRANSLATE,
                    Map.of("text", GERMAN, "source", "auto"), null));
            assertThat(german.isError()).isTrue();
            assertThat(text(german)).startsWith("Unsupported language (422): ").contains("German")
                    .endsWith("Do not retry with this text.");
        }
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void invalidArgumentsAreToolErrorsNamingTheArgument(McpTransport transport) {
        Metrics before = Metrics.scrape();
        try (McpSyncClient client = transport.connect(base)) {
            assertInvalid(client, ArticleTools.TRANSLATE, Map.of("text", "  \n "), "text: must not be blank");
            assertInvalid(client, ArticleTools.TRANSLATE, Map.of("text", Fixtures.seedDanish(), "target", "de"),
                    "target: must be en, en-GB or en-US");
            assertInvalid(client, ArticleTools.DIGEST, Map.of("text", Fixtures.seedDanish(), "format", "pdf"),
                    "format: must be text, markdown or html");
            assertInvalid(client, ArticleTools.SUMMARIZE, Map.of("text", Fixtures.seedDanish(), "max_bullets", 11),
                    "max_bullets: must be less than or equal to 10");
            assertInvalid(client, ArticleTools.SUMMARIZE, Map.of("text", Fixtures.seedDanish(), "max_bullets", 0),
                    "max_bullets: must be greater than or equal to 1");
            assertInvalid(client, ArticleTools.TRANSLATE, Map.of("text", Fixtures.seedDanish(), "source", "de"),
                    "source: must be da or auto");
            assertInvalid(client, ArticleTools.TRANSLATE, Map.of("text", Fixtures.seedDanish(),
                    "glossary", Map.of("Folketinget", " ")), "glossary: must not be blank");
            assertInvalid(client, ArticleTools.DIGEST, Map.of("text", " ", "title", "x".repeat(1001)),
                    "text: must not be blank; title: size must be between 0 and 1000");

            // Refused by the MCP library before the tool runs: still a tool error, never a protocol error.
            CallToolResult missing = client.callTool(call(ArticleTools.TRANSLATE, Map.of("title", "Overskrift"), null));
            assertThat(missing.isError()).isTrue();
            assertThat(text(missing)).contains("text");
            CallToolResult wrongType = client.callTool(call(ArticleTools.SUMMARIZE,
                    Map.of("text", Fixtures.seedDanish(), "max_bullets", "three"), null));
            assertThat(wrongType.isError()).isTrue();
            assertThat(text(wrongType)).contains("max_bullets");
        }
        assertThat(OpenAiStub.sent(backend)).isEmpty();
        assertThat(delta(before, Metrics.scrape(), METRIC, "outcome", "invalid-request")).isEqualTo(8.0);
    }

    private static void assertInvalid(McpSyncClient client, String tool, Map<String, Object> arguments,
            String detail) {
        CallToolResult result = client.callTool(call(tool, arguments, null));
        assertThat(result.isError()).as(tool + " " + arguments.keySet()).isTrue();
        assertThat(text(result)).isEqualTo("Invalid request (400): " + detail
                + ". Correct the arguments and call again; the same arguments will be refused again.");
        assertThat(((Map<?, ?>) result.meta().get(ToolResults.PROBLEM_KEY)).get("type"))
                .isEqualTo("urn:tolk:problem:invalid-request");
    }

    /** A model call whose fenced article has this key: {@code segments} (translation) or {@code paragraphs} (summary). */
    private static MappingBuilder byPayload(String key) {
        return chat().withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"" + key + "\":")));
    }

    static String text(CallToolResult result) {
        assertThat(result.content()).hasSize(1);
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        return (Map<String, Map<String, Object>>) schema.get("properties");
    }

    private static Object type(Map<String, Map<String, Object>> properties, String name) {
        assertThat(properties).containsKey(name);
        return properties.get(name).get("type");
    }
}
