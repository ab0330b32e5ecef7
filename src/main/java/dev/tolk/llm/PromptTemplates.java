package dev.tolk.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Loads prompt templates: from {@code TOLK_PROMPTS_DIR} when a file of that name is there (how ops change a prompt
 * through a ConfigMap), else from {@code prompts/} on the classpath (the repo's {@code prompts/}, packaged by the
 * build). Templates are read once; a changed ConfigMap takes effect on the next rollout.
 */
@ApplicationScoped
public class PromptTemplates {

    private static final Logger LOG = Logger.getLogger(PromptTemplates.class);

    private final Optional<Path> overrideDir;
    private final Map<String, Prompt> loaded = new ConcurrentHashMap<>();

    PromptTemplates(PromptConfig config) {
        this.overrideDir = config.dir().filter(d -> !d.isBlank()).map(Path::of);
    }

    /**
     * The prompt named {@code name}: files {@code name.system.md} and {@code name.user.md}, with the shared
     * {@code reask.user.md}.
     */
    public Prompt get(String name) {
        return loaded.computeIfAbsent(name,
                n -> new Prompt(n, read(n + ".system.md"), read(n + ".user.md"), read("reask.user.md")));
    }

    /**
     * One whole prompt file, {@code prompts/<file>} or its override, without its trailing newline: for a text a model
     * reads that is not a system+user pair (an MCP tool's description). It is no {@link Prompt}, so it has no version
     * and no cache key depends on it.
     */
    public String text(String file) {
        return read(file).stripTrailing();
    }

    private String read(String file) {
        return read(overrideDir, file);
    }

    /**
     * {@code file} from {@code overrideDir} when it is there, else {@code prompts/file} from the classpath. Static for
     * what needs a prompt before CDI exists: the MCP server's instructions are configuration
     * ({@code McpInstructionsSource}).
     */
    public static String read(Optional<Path> overrideDir, String file) {
        if (overrideDir.isPresent()) {
            Path p = overrideDir.get().resolve(file);
            if (Files.isRegularFile(p)) {
                LOG.infof("Prompt %s overridden from %s", file, p);
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read prompt override " + p, e);
                }
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("prompts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Prompt template prompts/" + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
