package dev.tolk.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.tolk.mcp.McpToolsTest.text;
import static dev.tolk.mcp.McpTransport.call;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.cite;
import static dev.tolk.testing.OpenAiStub.cited;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static dev.tolk.testing.OpenAiStub.streamedCompletion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.tolk.testing.BackendAssertions;
import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that sends a progress token gets MCP progress notifications as the article's segments are translated; one
 * that sends none gets none, and its call uses the backend's ordinary (not streaming) API.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class McpProgressTest extends StubbedBackendTest {

    /** Each paragraph is over half the default chunk budget (1500 estimated tokens), so each is a chunk of its own. */
    private static final int PARAGRAPHS = 8;
    private static final String DANISH = "dette er et afsnit uden navne og tal, og det handler om vejret i byen i går "
            + "og i dag. ";
    private static final String ENGLISH = ("this is a paragraph without names or numbers, and it is about the weather "
            + "in the town yesterday and today. ").repeat(23).strip();

    @TestHTTPResource("/")
    URL base;

    @Override
    protected void beforeReset() {
        BackendAssertions.warmUp(backend);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void aLongArticleSendsProgressAsItsChunksAreTranslated(McpTransport transport) {
        backend.stubFor(streamed().willReturn(streamedCompletion(segments(List.of(ENGLISH)), 200, 800, 700)));
        List<ProgressNotification> progress = new CopyOnWriteArrayList<>();

        CallToolResult result = callWithProgress(transport, progress,
                call(ArticleTools.TRANSLATE, Map.of("text", longArticle()), "job-1"));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result).split("\n\n")).hasSize(PARAGRAPHS).containsOnly(ENGLISH);
        assertThat(OpenAiStub.sent(backend)).as("streamed calls")
                .allSatisfy(r -> assertThat(OpenAiStub.body(r).path("stream").asBoolean()).isTrue());
        assertThat(chunksSent()).as("one chunk per paragraph").hasSize(PARAGRAPHS);
        // Notifications are handled by the client as they arrive, apart from the result.
        await().atMost(Duration.ofSeconds(10)).until(() -> progress.size() >= PARAGRAPHS);
        assertThat(progress).hasSize(PARAGRAPHS).allSatisfy(n -> {
            assertThat(n.progressToken()).isEqualTo("job-1");
            assertThat(n.total()).isEqualTo((double) PARAGRAPHS);
            assertThat(n.message()).startsWith("Translating: ").endsWith(" of " + PARAGRAPHS + " segments");
        });
        assertThat(progress).extracting(ProgressNotification::progress)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PARAGRAPHS).mapToObj(i -> (double) i).toList());
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void aDigestReportsItsTranslationSegmentBySegment(McpTransport transport) {
        List<String> english = Fixtures.seedEnglish();
        backend.stubFor(streamed().withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"segments\":")))
                .willReturn(streamedCompletion(segments(english), 50, 900, 700)));
        backend.stubFor(chat().withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"paragraphs\":")))
                .willReturn(completion(cited(List.of(cite("Hamas leader Ismail Haniyeh has arrived in Cairo.", 1))),
                        850, 90)));
        List<ProgressNotification> progress = new CopyOnWriteArrayList<>();

        CallToolResult result = callWithProgress(transport, progress,
                call(ArticleTools.DIGEST, Map.of("text", Fixtures.seedDanish()), "digest-7"));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).endsWith(english.get(english.size() - 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> progress.size() >= english.size());
        assertThat(progress).extracting(ProgressNotification::progress)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, english.size()).mapToObj(i -> (double) i).toList());
        assertThat(progress).allSatisfy(n -> assertThat(n.total()).isEqualTo((double) english.size()));
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void withoutAProgressTokenNoneIsSentAndTheBlockingApiIsUsed(McpTransport transport) {
        backend.stubFor(chat().willReturn(completion(segments(List.of(ENGLISH)), 800, 700)));
        List<ProgressNotification> progress = new CopyOnWriteArrayList<>();

        CallToolResult result = callWithProgress(transport, progress,
                call(ArticleTools.TRANSLATE, Map.of("text", longArticle()), null));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(OpenAiStub.sent(backend))
                .allSatisfy(r -> assertThat(OpenAiStub.body(r).path("stream").asBoolean()).isFalse());
        assertThat(chunksSent()).hasSize(PARAGRAPHS);
        assertThat(progress).isEmpty();
    }

    private CallToolResult callWithProgress(McpTransport transport, List<ProgressNotification> progress,
            McpSchema.CallToolRequest request) {
        McpAsyncClient client = transport.connectAsync(base, progress::add);
        try {
            return client.callTool(request).block(Duration.ofSeconds(60));
        } finally {
            client.closeGracefully().block(Duration.ofSeconds(10));
        }
    }

    /**
     * The distinct chunks sent, each as the segments it asked for. Counted by content, not by request: on a busy
     * machine a pooled connection the stub has just closed can cost an attempt, which the gateway retries.
     */
    private Set<String> chunksSent() {
        Set<String> chunks = new HashSet<>();
        for (var request : OpenAiStub.sent(backend)) {
            JsonNode segments = OpenAiStub.fencedPayload(request).get("segments");
            assertThat(segments).as("segments in one chunk").hasSize(1);
            chunks.add(segments.toString());
        }
        return chunks;
    }

    private static MappingBuilder streamed() {
        return chat().withRequestBody(matchingJsonPath("$.stream", equalTo("true")));
    }

    /** Paragraphs of about 2 400 characters, each different (so each is translated, not served from the cache). */
    private static String longArticle() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            paragraphs.add(DANISH.repeat(28) + "x".repeat(i + 1));
        }
        return String.join("\n\n", paragraphs);
    }
}
