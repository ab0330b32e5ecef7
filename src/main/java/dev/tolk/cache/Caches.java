package dev.tolk.cache;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;

/**
 * Makes the {@link TieredCache}s, all sharing one L2: Redis when {@code quarkus.redis.hosts} is set, else none.
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
    private final List<TieredCache<?>> created = new CopyOnWriteArrayList<>();

    Caches(@ConfigProperty(name = "quarkus.redis.hosts") Optional<String> redisHosts,
            Vertx vertx, CacheConfig config, ObjectMapper json, MeterRegistry metrics) {
        this.config = config;
        this.json = json;
        this.metrics = metrics;
        if (redisHosts.filter(h -> !h.isBlank()).isPresent()) {
            LOG.infof("L2 cache: Redis at %s, TTL %s", redisHosts.get(), config.ttl());
            // The client is built here rather than injected: an injected Quarkus Redis client makes Redis
            // mandatory at start-up, and the L2 must be optional. Only the first host is used (one endpoint:
            // a Redis service or proxy). Pool: enough concurrent commands for a busy pod, bounded.
            String first = redisHosts.get().split(",")[0].strip();
            Redis client = Redis.createClient(vertx, new RedisOptions().setConnectionString(first)
                    .setMaxPoolSize(config.redisPoolSize()).setMaxPoolWaiting(config.redisPoolSize() * 32));
            this.l2 = new RedisStore(RedisAPI.api(client), config, metrics);
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

    public <V> TieredCache<V> create(String name, Class<V> valueType, ToIntFunction<V> weigher) {
        TieredCache<V> cache = new TieredCache<>(name, valueType, weigher, l2, config, json, executor, metrics);
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
