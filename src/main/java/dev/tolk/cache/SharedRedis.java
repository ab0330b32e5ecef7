package dev.tolk.cache;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;

/**
 * The one Redis client tolk makes, shared by everything that keeps state in Redis (the L2 cache, the job queue):
 * Redis when {@code quarkus.redis.hosts} is set, else none. Built here rather than injected: an injected Quarkus Redis
 * client makes Redis mandatory at start-up, and Redis must stay optional. Creating the client does not connect, so a
 * Redis that is down at start-up costs nothing until it is used.
 */
@ApplicationScoped
public class SharedRedis {

    private final Optional<RedisAPI> api;
    private final String endpoint;

    SharedRedis(@ConfigProperty(name = "quarkus.redis.hosts") Optional<String> redisHosts, Vertx vertx,
            CacheConfig config) {
        Optional<String> hosts = redisHosts.filter(h -> !h.isBlank());
        if (hosts.isPresent()) {
            // Only the first host is used (one endpoint: a Redis service or proxy). Pool: enough concurrent commands
            // for a busy pod, bounded.
            this.endpoint = hosts.get().split(",")[0].strip();
            Redis client = Redis.createClient(vertx, new RedisOptions().setConnectionString(endpoint)
                    .setMaxPoolSize(config.redisPoolSize()).setMaxPoolWaiting(config.redisPoolSize() * 32));
            this.api = Optional.of(RedisAPI.api(client));
        } else {
            this.endpoint = null;
            this.api = Optional.empty();
        }
    }

    /** The client, or empty when no Redis is configured. */
    public Optional<RedisAPI> api() {
        return api;
    }

    /** Where Redis is (for log lines), or null. */
    public String endpoint() {
        return endpoint;
    }
}
