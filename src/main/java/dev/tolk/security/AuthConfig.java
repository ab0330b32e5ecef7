package dev.tolk.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** API keys, their limits and where they are counted. */
@ConfigMapping(prefix = "tolk.auth")
public interface AuthConfig {

    /**
     * Whether every way in needs a key ({@code TOLK_AUTH_ENABLED}). On in the prod profile (an exposed service must not
     * spend the LLM budget for anyone who can reach it); off in dev and tests, where the caller is the developer.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * The keys ({@code TOLK_AUTH_KEYS_FILE}): a JSON array of {@code {"name", "sha256", "requestsPerMinute",
     * "charactersPerMonth"}}, usually mounted from a Secret. Only hashes: a leaked file gives no key away.
     */
    @WithName("keys-file")
    Optional<Path> keysFile();

    /**
     * How often the keys file is read again: a rotated Secret reaches the pod's volume within a minute or so anyway,
     * and reading a small file every few seconds costs nothing.
     */
    @WithName("reload-interval")
    @WithDefault("5s")
    Duration reloadInterval();

    /**
     * Longest wait for Redis when counting a request or characters: past it, the replica counts in memory rather than
     * hang (and Redis is skipped for {@link #redisPause()}). Generous, unlike the cache's: a count that misses Redis is
     * a count the other replicas do not see, while a second more, once per request, is little next to a model call.
     */
    @WithName("redis-timeout")
    @WithDefault("1s")
    Duration redisTimeout();

    /** After Redis failed to count, count in memory this long before trying Redis again, instead of paying its timeout on every request. */
    @WithName("redis-pause")
    @WithDefault("10s")
    Duration redisPause();

    /**
     * The window {@code requestsPerMinute} is counted in: a minute, as the name says. Only tests shorten it, to see a
     * limit reset without waiting a minute.
     */
    @WithName("rate-window")
    @WithDefault("60s")
    Duration rateWindow();
}
