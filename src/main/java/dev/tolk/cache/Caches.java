package dev.tolk.cache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.telemetry.RequestContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;

/**
 * Makes the {@link TieredCache}s, all sharing one L2: Redis when {@code quarkus.redis.hosts} is set ({@link SharedRedis}),
 * else none.
 */
@ApplicationScoped
public class Caches {

    private static final Logger LOG = Logger.getLogger(Caches.class);

    private final SharedStore l2;
    private final CacheConfig config;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    /** Loads run on virtual threads: each blocks for seconds on a model call, thousands may be in flight. */
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Tracer tracer;
    private final List<TieredCache<?>> created = new CopyOnWriteArrayList<>();

    Caches(SharedRedis redis, CacheConfig config, ObjectMapper json, MeterRegistry metrics, Tracer tracer) {
        this.tracer = tracer;
        this.config = config;
        this.json = json;
        this.metrics = metrics;
        if (redis.api().isPresent()) {
            LOG.infof("L2 cache: Redis at %s, TTL %s", redis.endpoint(), config.ttl());
            this.l2 = new RedisStore(redis.api().get(), config, metrics);
        } else {
            LOG.info("L2 cache off (set QUARKUS_REDIS_HOSTS to share a cache between replicas)");
            this.l2 = new SharedStore() {
                @Override
                public boolean enabled() {
                    return false;
                }

                @Override
                public Map<String, String> getAll(java.util.Collection<String> keys) {
                    return Map.of();
                }

                @Override
                public void putAll(Map<String, String> entries, java.time.Duration ttl) {
                }
            };
        }
    }

    public <V> TieredCache<V> create(CacheKind<V> kind) {
        TieredCache<V> cache = new TieredCache<>(kind, l2, config, json,
                new TieredCache.Tools(RequestContext.propagating(executor), metrics, tracer));
        created.add(cache);
        return cache;
    }

    /** Empties every L1 of this pod (L2 untouched): after a prompt hot-fix, and between tests. */
    public void clearLocal() {
        created.forEach(TieredCache::clearLocal);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
