package dev.tolk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single prompt file (an MCP tool's description) comes from the build or, when the override directory has it, from
 * there; and such files never enter a {@link Prompt}'s version, so overriding them changes no cache key.
 */
class PromptTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void aSingleFileIsReadFromTheBuildWithoutItsTrailingNewline() {
        assertThat(templates(Optional.empty()).text("mcp.arg.title.md"))
                .isEqualTo("The headline, if there is one (up to 1000 characters).");
    }

    @Test
    void aFileInTheOverrideDirectoryReplacesTheBuiltInOneAndOnlyThatOne() throws IOException {
        Files.writeString(dir.resolve("mcp.translate_article.md"), "Translates, but told differently.\n");
        PromptTemplates overridden = templates(Optional.of(dir.toString()));
        PromptTemplates builtIn = templates(Optional.empty());

        assertThat(overridden.text("mcp.translate_article.md")).isEqualTo("Translates, but told differently.");
        assertThat(builtIn.text("mcp.translate_article.md")).startsWith("Translates a Danish news article");
        assertThat(overridden.text("mcp.arg.text.md")).isEqualTo(builtIn.text("mcp.arg.text.md"));
    }

    @Test
    void toolDescriptionsAreNoPartOfAnyPromptVersion() throws IOException {
        Files.writeString(dir.resolve("mcp.translate_article.md"), "Something else.\n");
        Files.writeString(dir.resolve("mcp.arg.text.md"), "Something else.\n");
        PromptTemplates overridden = templates(Optional.of(dir.toString()));
        PromptTemplates builtIn = templates(Optional.empty());

        for (String name : new String[] { "translate", "summarize", "summarize-reduce" }) {
            assertThat(overridden.get(name).version()).as(name).isEqualTo(builtIn.get(name).version());
        }
    }

    @Test
    void aMissingFileFailsLoudly() {
        assertThatThrownBy(() -> templates(Optional.empty()).text("mcp.no_such_tool.md"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prompts/mcp.no_such_tool.md");
    }

    private static PromptTemplates templates(Optional<String> overrideDir) {
        return new PromptTemplates(() -> overrideDir);
    }
}
