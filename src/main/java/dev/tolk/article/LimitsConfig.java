package dev.tolk.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How much article one request may send. */
@ConfigMapping(prefix = "tolk.limits")
public interface LimitsConfig {

    /**
     * Characters of title + text per request: a long feature is ~30 000, so 100 000 leaves room without inviting
     * abuse, and bounds what one request can spend on the backend.
     */
    @WithName("max-text-chars")
    @WithDefault("100000")
    int maxTextChars();

    /**
     * Levels of nested markup (HTML elements, Markdown quotes and lists, nested emphasis and links) an article may
     * have: real articles stay under 20, so 100 refuses only pathological input, before the recursive walks that
     * would otherwise run out of stack (a 10 000-deep document) or time.
     */
    @WithName("max-markup-depth")
    @WithDefault("100")
    int maxMarkupDepth();
}
