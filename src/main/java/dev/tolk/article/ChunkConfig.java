package dev.tolk.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How an article is cut into model calls. */
@ConfigMapping(prefix = "tolk.chunk")
public interface ChunkConfig {

    /**
     * Estimated input tokens per model call: 1 500 keeps each reply well within what models emit reliably in one go,
     * while a typical news article (~1 000 tokens) is still a single call.
     */
    @WithName("max-input-tokens")
    @WithDefault("1500")
    int maxInputTokens();

    /**
     * Chunks of one article in flight at once: a long article finishes in about the time of one call, while one
     * request cannot take the whole bulkhead.
     */
    @WithName("max-parallel")
    @WithDefault("4")
    int maxParallel();
}
