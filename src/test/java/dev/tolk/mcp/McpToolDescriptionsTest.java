package dev.tolk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a client reads to choose a tool and fill in its arguments is the text of the repo's {@code prompts/}: each
 * tool's description is {@code mcp.<tool>.md}, each argument's {@code mcp.arg.<argument>.md}, without the file's
 * trailing newline; the server's instructions are {@code mcp.instructions.md}. (That {@code tolk.prompts.dir} overrides them is {@code PromptTemplatesTest}'s: the tools read
 * their texts through {@code PromptTemplates}, and one more application start to show it again costs more than it
 * proves.) Same application as {@link McpToolsTest}.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class McpToolDescriptionsTest extends StubbedBackendTest {

    private static final Path PROMPTS = Path.of("prompts");

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void toolAndArgumentDescriptionsAreTheFilesInPrompts(McpTransport transport) {
        try (McpSyncClient client = transport.connect(base)) {
            var tools = client.listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name)
                    .containsExactlyInAnyOrder(ArticleTools.TRANSLATE, ArticleTools.SUMMARIZE, ArticleTools.DIGEST);
            for (McpSchema.Tool tool : tools) {
                assertThat(tool.description()).as(tool.name())
                        .isEqualTo(prompt("mcp." + tool.name() + ".md")).doesNotEndWith("\n");
                @SuppressWarnings("unchecked")
                var properties = (Map<String, Map<String, Object>>) tool.inputSchema().get("properties");
                assertThat(properties).as(tool.name()).isNotEmpty();
                properties.forEach((argument, schema) -> assertThat(schema.get("description"))
                        .as(tool.name() + " " + argument).isEqualTo(prompt("mcp.arg." + argument + ".md")));
            }
        }
    }

    /** The instructions a client's model reads on connecting, too. */
    @ParameterizedTest
    @EnumSource(McpTransport.class)
    void serverInstructionsAreTheFileInPrompts(McpTransport transport) {
        try (McpSyncClient client = transport.connect(base)) {
            assertThat(client.getServerInstructions()).isEqualTo(prompt(McpInstructionsSource.FILE));
        }
    }

    private static String prompt(String file) {
        try {
            String text = Files.readString(PROMPTS.resolve(file), StandardCharsets.UTF_8);
            assertThat(text).as(file).endsWith("\n");
            return text.substring(0, text.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
