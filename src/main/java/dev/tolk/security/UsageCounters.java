package dev.tolk.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.tolk.cache.SharedRedis;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * Usage counters every replica shares: in Redis ({@link SharedRedis}) when it is configured and answers, else in this
 * replica's memory. Checking the limit and adding happen in one Lua script, so concurrent requests on any replica
 * never lose an update nor get past a limit together; an amount that does not fit is not added (a refused request
 * does not use up the window). Redis failing is never the caller's problem: the count moves to memory, one WARN says
 * so, and {@code tolk_auth_counted_total{store="memory"}} and {@code tolk_auth_counting_degraded} show it.
 */
@ApplicationScoped
class UsageCounters {

    private static final Logger LOG = Logger.getLogger(UsageCounters.class);

    /**
     * KEYS[1] the counter; ARGV amount, limit (-1: none), lifetime in ms. Returns {admitted 0/1, total, ms to reset}.
     * The lifetime is set when the key has none, so a window always ends, even if a previous call died half-way.
     */
    static final String CHECK_AND_ADD = """
            local total = tonumber(redis.call('GET', KEYS[1]) or '0')
            local amount = tonumber(ARGV[1])
            local limit = tonumber(ARGV[2])
            local admitted = 0
            if limit < 0 or total + amount <= limit then
              total = redis.call('INCRBY', KEYS[1], amount)
              admitted = 1
            end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 and total > 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[3])
              ttl = tonumber(ARGV[3])
            end
            return {admitted, total, ttl}
            """;

    private final Optional<RedisAPI> redis;
    private final AuthConfig config;
    private final MemoryCounters memory = new MemoryCounters();
    private final AtomicBoolean degraded = new AtomicBoolean();
    private volatile long redisPausedUntil;
    private final Counter countedInRedis;
    private final Counter countedInMemory;

    UsageCounters(SharedRedis shared, AuthConfig config, MeterRegistry metrics) {
        this.redis = shared.api();
        this.config = config;
        this.countedInRedis = Counter.builder("tolk.auth.counted").tag("store", "redis")
                .description("API-key usage counts by where they were kept").register(metrics);
        this.countedInMemory = Counter.builder("tolk.auth.counted").tag("store", "memory")
                .description("API-key usage counts by where they were kept").register(metrics);
        Gauge.builder("tolk.auth.counting.degraded", degraded, d -> d.get() ? 1 : 0)
                .description("1 while Redis does not answer and each replica counts API-key usage on its own")
                .register(metrics);
    }

    /**
     * Adds {@code amount} to the counter {@code key} if the total stays within {@code limit} (-1: no limit).
     *
     * @param ttl how long a new window lasts
     */
    Uni<Count> add(String key, long amount, long limit, Duration ttl) {
        if (redis.isEmpty() || System.nanoTime() < redisPausedUntil) {
            return Uni.createFrom().item(() -> inMemory(key, amount, limit, ttl));
        }
        List<String> args = List.of(CHECK_AND_ADD, "1", key, Long.toString(amount), Long.toString(limit),
                Long.toString(ttl.toMillis()));
        return redis.get().eval(args).ifNoItem().after(config.redisTimeout()).fail()
                .map(r -> {
                    recovered();
                    countedInRedis.increment();
                    return new Count(r.get(0).toInteger() == 1, r.get(1).toLong(), Duration.ofMillis(r.get(2).toLong()));
                })
                .onFailure().recoverWithItem(failure -> {
                    failed(failure);
                    return inMemory(key, amount, limit, ttl);
                });
    }

    /** The counter's total, 0 when it does not exist. */
    Uni<Long> read(String key) {
        if (redis.isEmpty() || System.nanoTime() < redisPausedUntil) {
            return Uni.createFrom().item(() -> memory.read(key, System.currentTimeMillis()));
        }
        return redis.get().get(key).ifNoItem().after(config.redisTimeout()).fail()
                .map(r -> r == null ? 0L : r.toLong())
                .onFailure().recoverWithItem(failure -> {
                    failed(failure);
                    return memory.read(key, System.currentTimeMillis());
                });
    }

    private Count inMemory(String key, long amount, long limit, Duration ttl) {
        countedInMemory.increment();
        return memory.add(key, amount, limit, System.currentTimeMillis(), ttl);
    }

    private void failed(Throwable failure) {
        // A pause timestamp rather than a circuit breaker (as the L2 cache has): every call already has its fallback,
        // so there is no half-open state to manage; the first call after the pause simply tries Redis again.
        redisPausedUntil = System.nanoTime() + config.redisPause().toNanos();
        if (degraded.compareAndSet(false, true)) {
            LOG.warnf("Redis does not answer for API-key counting (%s): each replica now counts requests and "
                    + "characters on its own, in memory, until Redis answers again (tried every %s). Counts kept in "
                    + "memory: tolk_auth_counted_total{store=\"memory\"}.", failure.toString(), config.redisPause());
        }
    }

    private void recovered() {
        if (degraded.compareAndSet(true, false)) {
            LOG.info("Redis answers again: API-key usage is counted in Redis, shared by the replicas");
        }
    }
}
