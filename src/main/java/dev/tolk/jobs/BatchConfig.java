package dev.tolk.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Many articles in one request ({@code POST /v1/articles/batch}, and the body of {@code POST /v1/jobs}).
 *
 * <p>Fairness: every backend call of every request goes through the same bulkhead
 * ({@code tolk.llm.resilience.max-concurrent}, 256 per backend per pod). An article asks for at most 2 calls at once
 * (translation and summary) of at most {@code tolk.chunk.max-parallel} (4) chunks each, so one batch holds at most
 * {@code max-parallel} × 2 × 4 = 32 slots with the defaults, and single requests keep the rest.
 */
@ConfigMapping(prefix = "tolk.batch")
public interface BatchConfig {

    /** Articles per request: a desk's hour of wire in one call; 50 average articles stay inside the 1 MiB body cap. */
    @WithName("max-articles")
    @WithDefault("50")
    int maxArticles();

    /**
     * Articles of one batch in flight at once: enough to finish 50 articles in about 13 article-times, few enough that
     * one batch cannot take the bulkhead from single requests (see above).
     */
    @WithName("max-parallel")
    @WithDefault("4")
    int maxParallel();
}
