package dev.tolk.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.rest.DigestRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;

/**
 * Jobs in Redis, three hashes per job: its meta, its articles (dropped when it finishes) and its results. The keys
 * share a hash tag ({@code {id}}) so the scripts below, which touch all three, also work on a Redis Cluster. Every
 * write that must not race (a result written once, a job finished once) is one Lua script, atomic in Redis.
 */
final class RedisJobStore implements JobStore {

    /** Started once; nothing for a job that is gone (a late worker must not bring back an expired job). */
    private static final String STARTED = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            return redis.call('HSETNX', KEYS[1], 'startedAt', ARGV[1])""";
    /** First result per article wins; progress keeps the job alive. Returns the number of results, -1: job gone. */
    private static final String RESULT = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[2])
            for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
            return redis.call('HLEN', KEYS[3])""";
    /** The first end wins; the articles are no longer needed, the rest is kept for the retention time from now. */
    private static final String FINISH = """
            if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'finishedAt') == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'finishedAt', ARGV[2])
            redis.call('DEL', KEYS[2])
            redis.call('EXPIRE', KEYS[1], ARGV[3])
            redis.call('EXPIRE', KEYS[3], ARGV[3])
            return 1""";
    private static final String WEBHOOK = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            return redis.call('HSET', KEYS[1], 'webhook', ARGV[1])""";

    private final RedisAPI redis;
    private final ObjectMapper json;
    private final String ttlSeconds;
    private final Duration timeout;

    RedisJobStore(RedisAPI redis, ObjectMapper json, JobsConfig config) {
        this.redis = redis;
        this.json = json;
        this.ttlSeconds = String.valueOf(config.retention().toSeconds());
        this.timeout = config.redisTimeout();
    }

    private static String metaKey(String id) {
        return "tolk:job:{" + id + "}";
    }

    private static String articlesKey(String id) {
        return metaKey(id) + ":articles";
    }

    private static String resultsKey(String id) {
        return metaKey(id) + ":results";
    }

    /** The keys the scripts get: meta, articles, results. */
    private static List<String> keys(String id) {
        return List.of(metaKey(id), articlesKey(id), resultsKey(id));
    }

    @Override
    public void create(JobMeta job, List<DigestRequest> items) {
        // Articles first: a job whose meta is visible always has its articles.
        List<String> articleArgs = new ArrayList<>(List.of(articlesKey(job.id())));
        for (int i = 0; i < items.size(); i++) {
            articleArgs.add(String.valueOf(i));
            articleArgs.add(write(items.get(i)));
        }
        await(redis.hset(articleArgs));
        await(redis.expire(List.of(articlesKey(job.id()), ttlSeconds)));
        List<String> metaArgs = new ArrayList<>(List.of(metaKey(job.id())));
        toHash(job).forEach((k, v) -> {
            metaArgs.add(k);
            metaArgs.add(v);
        });
        await(redis.hset(metaArgs));
        await(redis.expire(List.of(metaKey(job.id()), ttlSeconds)));
    }

    @Override
    public Optional<JobMeta> meta(String id) {
        Response hash = await(redis.hgetall(metaKey(id)));
        if (hash == null || hash.size() == 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String key : hash.getKeys()) {
            fields.put(key, hash.get(key).toString());
        }
        return Optional.of(fromHash(id, fields));
    }

    @Override
    public Map<Integer, String> results(String id) {
        Response hash = await(redis.hgetall(resultsKey(id)));
        Map<Integer, String> out = new TreeMap<>();
        if (hash != null) {
            for (String key : hash.getKeys()) {
                out.put(Integer.parseInt(key), hash.get(key).toString());
            }
        }
        return out;
    }

    @Override
    public boolean hasResult(String id, int index) {
        return await(redis.hexists(resultsKey(id), String.valueOf(index))).toBoolean();
    }

    @Override
    public Optional<DigestRequest> article(String id, int index) {
        Response found = await(redis.hget(articlesKey(id), String.valueOf(index)));
        return found == null ? Optional.empty() : Optional.of(read(found.toString(), DigestRequest.class));
    }

    @Override
    public void started(String id, Instant at) {
        script(STARTED, List.of(metaKey(id)), at.toString());
    }

    @Override
    public int putResult(String id, int index, String result) {
        return script(RESULT, keys(id), String.valueOf(index), result, ttlSeconds).toInteger();
    }

    @Override
    public boolean finish(String id, JobStatus status, Instant at) {
        return script(FINISH, keys(id), status.id(), at.toString(), ttlSeconds).toInteger() == 1;
    }

    @Override
    public void webhook(String id, WebhookState state) {
        script(WEBHOOK, List.of(metaKey(id)), write(state));
    }

    private Response script(String lua, List<String> keys, String... args) {
        List<String> command = new ArrayList<>();
        command.add(lua);
        command.add(String.valueOf(keys.size()));
        command.addAll(keys);
        command.addAll(List.of(args));
        return await(redis.eval(command));
    }

    private Response await(Uni<Response> command) {
        return command.await().atMost(timeout);
    }

    private Map<String, String> toHash(JobMeta job) {
        Map<String, String> out = new HashMap<>();
        out.put("status", job.status().id());
        out.put("total", String.valueOf(job.total()));
        out.put("translate", String.valueOf(job.options().translate()));
        out.put("summarize", String.valueOf(job.options().summarize()));
        out.put("refresh", String.valueOf(job.options().refresh()));
        out.put("createdAt", job.createdAt().toString());
        if (job.callbackUrl() != null) {
            out.put("callbackUrl", job.callbackUrl());
        }
        return out;
    }

    private JobMeta fromHash(String id, Map<String, String> h) {
        BatchOptions options = new BatchOptions(Boolean.parseBoolean(h.get("translate")),
                Boolean.parseBoolean(h.get("summarize")), Boolean.parseBoolean(h.get("refresh")));
        WebhookState webhook = h.containsKey("webhook") ? read(h.get("webhook"), WebhookState.class) : null;
        return new JobMeta(id, JobStatus.of(h.get("status")), Integer.parseInt(h.get("total")), options,
                h.get("callbackUrl"), instant(h.get("createdAt")), instant(h.get("startedAt")),
                instant(h.get("finishedAt")), webhook);
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
