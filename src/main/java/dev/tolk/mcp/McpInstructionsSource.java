package dev.tolk.mcp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;

import dev.tolk.llm.PromptTemplates;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * The MCP server's instructions, which a client's model reads when it connects, are a prompt: they live in
 * {@code prompts/mcp.instructions.md} (overridable from {@code tolk.prompts.dir} like every prompt). The library takes
 * them only as configuration ({@code quarkus.mcp.server.server-info.instructions}), read before CDI exists, so this
 * factory supplies that property from the file. Its ordinal is below application.properties and the environment,
 * which can still set the property outright. Registered in {@code META-INF/services}.
 */
public class McpInstructionsSource implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.mcp.server.server-info.instructions";
    static final String FILE = "mcp.instructions.md";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dir = context.getValue("tolk.prompts.dir");
        Optional<Path> overrideDir = Optional.ofNullable(dir.getValue()).filter(d -> !d.isBlank()).map(Path::of);
        String instructions = PromptTemplates.read(overrideDir, FILE).stripTrailing();
        return List.of(new PropertiesConfigSource(Map.of(PROPERTY, instructions), "prompts/" + FILE, ORDINAL));
    }
}
