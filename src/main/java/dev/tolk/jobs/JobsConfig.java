package dev.tolk.jobs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Async jobs ({@code /v1/jobs}): workers, re-claiming, how long results are kept. */
@ConfigMapping(prefix = "tolk.jobs")
public interface JobsConfig {

    /**
     * Articles this replica works on at once, over all jobs. Bounded so jobs cannot starve single requests: 4 workers
     * hold at most 4 × 2 × 4 = 32 of the bulkhead's 256 slots (see {@link BatchConfig}); more replicas, more workers.
     */
    @WithDefault("4")
    int workers();

    /**
     * How long an article may sit taken but unfinished before another replica takes it over (its worker died). Live
     * workers renew their claim every third of this, so a slow article is never taken twice; a minute finds a killed
     * pod's work soon without racing a busy one.
     */
    @WithName("reclaim-after")
    @WithDefault("60s")
    Duration reclaimAfter();

    /** How long a job and its results are kept after it was submitted or last made progress: a week of re-reads. */
    @WithDefault("7d")
    Duration retention();

    /** Longest wait for one Redis command of the job queue: past it the command counts as failed. */
    @WithName("redis-timeout")
    @WithDefault("5s")
    Duration redisTimeout();
}
