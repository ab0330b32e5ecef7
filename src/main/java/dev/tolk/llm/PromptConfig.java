package dev.tolk.llm;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where prompts come from besides the build. */
@ConfigMapping(prefix = "tolk.prompts")
public interface PromptConfig {

    /**
     * A directory whose prompt files override the built-in ones (how ops change a prompt through a ConfigMap without
     * a rebuild); unset, the prompts of the build are used.
     */
    Optional<String> dir();
}
