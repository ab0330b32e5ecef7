package dev.tolk.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.cache.SharedRedis;

/** Jobs live in Redis when it is configured (shared by the replicas, kept across restarts), else in this process. */
@ApplicationScoped
class JobBackends {

    private final JobStore store;
    private final WorkQueue queue;

    JobBackends(SharedRedis redis, ObjectMapper json, JobsConfig config, JobMetrics metrics) {
        if (redis.api().isPresent()) {
            this.store = new RedisJobStore(redis.api().get(), json, config);
            this.queue = new RedisWorkQueue(redis.api().get(), config, metrics::reclaimed);
        } else {
            InMemoryJobs memory = new InMemoryJobs(config.retention());
            this.store = memory;
            this.queue = memory;
        }
    }

    @Produces
    @ApplicationScoped
    JobStore store() {
        return store;
    }

    @Produces
    @ApplicationScoped
    WorkQueue queue() {
        return queue;
    }
}
