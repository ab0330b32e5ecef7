package dev.tolk.cache;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;

/**
 * L2 in Redis. Reads are bounded by a short timeout, and a circuit breaker skips Redis for a while after it
 * failed, so a Redis outage costs requests nothing but cache hits. A WARN at most every 30 s says it is down.
 */
final class RedisStore implements SharedStore {

    private static final Logger LOG = Logger.getLogger(RedisStore.class);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final RedisAPI redis;
    private final Duration timeout;
    private final Guard guard;
    private final Counter errors;
    private final AtomicLong lastWarn = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    RedisStore(RedisAPI redis, CacheConfig config, MeterRegistry metrics) {
        this.redis = redis;
        this.timeout = config.l2Timeout();
        this.guard = Guard.create()
                .withDescription("redis-l2")
                .withCircuitBreaker()
                    .requestVolumeThreshold(4)
                    .failureRatio(0.5)
                    .delay(config.l2Pause().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .build();
        // Same tag keys as TieredCache's counters (Prometheus drops a name whose series differ in keys).
        this.errors = Counter.builder("tolk.cache.requests").tag("cache", "shared").tag("level", "l2").tag("result", "error")
                .description("Cache lookups by level and result").register(metrics);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Map<String, String> getAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<String> ordered = List.copyOf(keys);
        try {
            Response found = guard.call(
                    () -> redis.mget(ordered).ifNoItem().after(timeout).fail().await().indefinitely(), Response.class);
            Map<String, String> hits = new HashMap<>();
            for (int i = 0; i < ordered.size() && i < found.size(); i++) {
                Response value = found.get(i);
                if (value != null) {
                    hits.put(ordered.get(i), value.toString());
                }
            }
            return hits;
        } catch (Exception e) {
            failed("read", e);
            return Map.of();
        }
    }

    @Override
    public void putAll(Map<String, String> entries, Duration ttl) {
        String seconds = String.valueOf(ttl.toSeconds());
        for (var e : entries.entrySet()) {
            redis.setex(e.getKey(), seconds, e.getValue())
                    .ifNoItem().after(timeout.multipliedBy(4)).fail()
                    .subscribe().with(ok -> {
                    }, failure -> failed("write", failure));
        }
    }

    private void failed(String op, Throwable e) {
        errors.increment();
        long now = System.nanoTime();
        long last = lastWarn.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarn.compareAndSet(last, now)) {
            LOG.warnf("Redis L2 cache %s failed (%s); serving from L1 and the backend. Further failures are "
                    + "counted in tolk_cache_requests_total{level=\"l2\",result=\"error\"} and logged every 30 s.",
                    op, e.toString());
        }
    }

}
