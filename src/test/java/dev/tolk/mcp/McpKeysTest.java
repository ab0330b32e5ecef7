package dev.tolk.mcp;

import static dev.tolk.mcp.McpTransport.call;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tolk.security.KeysTestProfile;
import dev.tolk.security.TestKeys;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import dev.tolk.web.Problem;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The MCP SDK's own client against tolk with API keys on, over both transports: {@code Authorization: Bearer} at the
 * door, and the tool's characters charged to the key (a used-up quota is a tool error the model can read).
 */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class McpKeysTest extends StubbedBackendTest {

    /** A refused client may wait for the endpoint event that never comes (SSE): no need to wait a minute. */
    private static final Duration REFUSED = Duration.ofSeconds(3);
    private static final int ARTICLE_CHARS = Endpoint.ARTICLE.codePointCount(0, Endpoint.ARTICLE.length());

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void withoutOrWithAnUnknownKeyTheClientCannotConnect(McpTransport transport) {
        assertThatThrownBy(() -> transport.connect(base, null, REFUSED).close()).isNotNull();
        assertThatThrownBy(() -> transport.connect(base, "Bearer not-a-key", REFUSED).close()).isNotNull();
        given().contentType("application/json").body("{}").when().post("/mcp").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo(Problem.API_KEY_MISSING));
        given().header("Authorization", "Bearer not-a-key").when().get("/mcp/sse").then().statusCode(403);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void aGoodKeyCallsToolsAndTheirCharactersAreChargedToIt(McpTransport transport) {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        long before = charactersUsed();

        CallToolResult result;
        try (McpSyncClient client = transport.connect(base, TestKeys.MCP.bearer())) {
            result = client.callTool(call(ArticleTools.TRANSLATE, Map.of("text", Endpoint.ARTICLE), null));
        }

        assertThat(result.isError()).as(McpToolsTest.text(result)).isFalse();
        assertThat(McpToolsTest.text(result)).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(charactersUsed() - before).isEqualTo(ARTICLE_CHARS);
    }

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void aUsedUpQuotaIsAToolError(McpTransport transport) {
        CallToolResult result;
        try (McpSyncClient client = transport.connect(base, TestKeys.MCP_QUOTA.bearer())) {
            result = client.callTool(call(ArticleTools.TRANSLATE, Map.of("text", Endpoint.ARTICLE), null));
        }

        assertThat(result.isError()).isTrue();
        assertThat(McpToolsTest.text(result)).contains("characters this month");
        assertThat(backend.getAllServeEvents()).isEmpty();
    }

    private static long charactersUsed() {
        return given().header("Authorization", TestKeys.MCP.bearer()).when().get("/v1/usage").then().statusCode(200)
                .extract().jsonPath().getLong("characters.used");
    }
}
