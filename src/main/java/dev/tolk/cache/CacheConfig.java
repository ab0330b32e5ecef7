package dev.tolk.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Cache sizing and lifetimes. */
@ConfigMapping(prefix = "tolk.cache")
public interface CacheConfig {

    /**
     * In-process L1 size per pod, in MiB of text, for all caches together (translations 3/4, summaries 1/4): about
     * 15 000 paragraphs at 32 MiB, a day of a busy desk; L2 (Redis) is the shared cache. The L1 lives in the heap
     * (256 MB in a 512 MiB pod): in the bench's 2 000 in-flight requests, 64 MiB for each of the two caches made
     * tolk spend a quarter of its CPU collecting garbage.
     */
    @WithName("l1-max-mib")
    @WithDefault("32")
    int l1MaxMib();

    /** L1 lifetime: short, because L2 is the shared truth and pods come and go. */
    @WithName("l1-ttl")
    @WithDefault("24h")
    Duration l1Ttl();

    /** L2 (Redis) lifetime: a month covers re-sends and corrections of a story; an edited prompt or model misses anyway. */
    @WithName("ttl")
    @WithDefault("30d")
    Duration ttl();

    /** Longest wait for Redis per request: past it, the request carries on without L2 rather than slow down. */
    @WithName("l2-timeout")
    @WithDefault("250ms")
    Duration l2Timeout();

    /** After L2 failures, skip Redis this long instead of paying its timeout on every request. */
    @WithName("l2-pause")
    @WithDefault("10s")
    Duration l2Pause();

    /**
     * Redis connections per pod, shared by the cache and the job queue ({@link SharedRedis}): enough concurrent commands
     * for a busy pod (one per in-flight lookup, one for the job queue's blocking read), bounded.
     */
    @WithName("redis-pool-size")
    @WithDefault("32")
    int redisPoolSize();
}
