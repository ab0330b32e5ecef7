package dev.tolk.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Cache sizing and lifetimes. */
@ConfigMapping(prefix = "tolk.cache")
public interface CacheConfig {

    /** In-process L1 size in MiB of text: about 40 000 paragraphs at 64 MiB, a day of a busy desk, per pod. */
    @WithName("l1-max-mib")
    @WithDefault("64")
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
