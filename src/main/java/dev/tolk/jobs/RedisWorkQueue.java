package dev.tolk.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;

/**
 * Work in a Redis Stream read by one consumer group: each entry goes to one consumer (a replica), stays pending
 * until that replica acknowledges it, and is taken over by another with {@code XAUTOCLAIM} once it has been pending
 * for {@code tolk.jobs.reclaim-after} without its holder renewing it ({@link #keepAlive}): the holder died.
 * Finished entries are acknowledged and deleted, so the stream holds only work not yet done.
 */
final class RedisWorkQueue implements WorkQueue {

    static final String STREAM = "tolk:jobs:queue";
    static final String GROUP = "tolk-workers";
    /** All of a job's entries in one command: atomic (all queued or none) and in order. */
    private static final String PUSH = """
            for i = 1, #ARGV, 2 do redis.call('XADD', KEYS[1], '*', 'job', ARGV[i], 'item', ARGV[i + 1]) end
            return #ARGV / 2""";

    private final RedisAPI redis;
    private final Duration timeout;
    private final String reclaimAfterMillis;
    private final String consumer;
    private final Runnable onReclaim;
    private volatile boolean groupReady;

    /**
     * @param onReclaim called for each entry taken over from a dead worker (counted in the metrics)
     */
    RedisWorkQueue(RedisAPI redis, JobsConfig config, Runnable onReclaim) {
        this.redis = redis;
        this.timeout = config.redisTimeout();
        this.reclaimAfterMillis = String.valueOf(config.reclaimAfter().toMillis());
        this.onReclaim = onReclaim;
        // Unique per process: a restarted pod must not inherit the dead one's pending entries as if it held them.
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("tolk");
        this.consumer = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void push(List<Work> work) {
        List<String> command = new ArrayList<>(List.of(PUSH, "1", STREAM));
        for (Work w : work) {
            command.add(w.job());
            command.add(String.valueOf(w.item()));
        }
        await(redis.eval(command), timeout);
    }

    @Override
    public Optional<Taken> take(Duration wait) {
        ensureGroup();
        try {
            Response claimed = await(redis.xautoclaim(
                    List.of(STREAM, GROUP, consumer, reclaimAfterMillis, "0-0", "COUNT", "1")), timeout);
            Optional<Taken> reclaimed = first(claimed.get(1), true);
            if (reclaimed.isPresent()) {
                return reclaimed;
            }
            Response read = await(redis.xreadgroup(List.of("GROUP", GROUP, consumer, "COUNT", "1",
                    "BLOCK", String.valueOf(wait.toMillis()), "STREAMS", STREAM, ">")), wait.plus(timeout));
            if (read == null) {
                return Optional.empty();
            }
            // RESP3 answers a map of stream → entries, RESP2 a list of [stream, entries].
            Response entries = read.getKeys().contains(STREAM) ? read.get(STREAM) : read.get(0).get(1);
            return first(entries, false);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("NOGROUP")) {
                groupReady = false; // Redis lost the stream (restarted without persistence): make it again
            }
            throw e;
        }
    }

    private Optional<Taken> first(Response entries, boolean reclaimed) {
        if (entries == null || entries.size() == 0) {
            return Optional.empty();
        }
        Response entry = entries.get(0);
        String id = entry.get(0).toString();
        Response fields = entry.get(1);
        if (fields == null) {
            // Pending but deleted from the stream (trimmed by hand): nothing to do but forget it.
            await(redis.xack(List.of(STREAM, GROUP, id)), timeout);
            return Optional.empty();
        }
        String job = null;
        int item = 0;
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            switch (fields.get(i).toString()) {
                case "job" -> job = fields.get(i + 1).toString();
                case "item" -> item = fields.get(i + 1).toInteger();
                default -> { }
            }
        }
        if (reclaimed) {
            onReclaim.run();
        }
        return Optional.of(new Taken(new Work(job, item), id, reclaimed));
    }

    @Override
    public void done(Taken taken) {
        await(redis.xack(List.of(STREAM, GROUP, taken.receipt())), timeout);
        await(redis.xdel(List.of(STREAM, taken.receipt())), timeout);
    }

    @Override
    public void keepAlive(Collection<Taken> inFlight) {
        if (inFlight.isEmpty()) {
            return;
        }
        // XCLAIM to ourselves with JUSTID resets the entries' idle time without counting a delivery.
        List<String> command = new ArrayList<>(List.of(STREAM, GROUP, consumer, "0"));
        inFlight.forEach(t -> command.add(t.receipt()));
        command.add("JUSTID");
        await(redis.xclaim(command), timeout);
    }

    @Override
    public long waiting() {
        ensureGroup();
        long length = await(redis.xlen(STREAM), timeout).toLong();
        Response pending = await(redis.xpending(List.of(STREAM, GROUP)), timeout);
        return Math.max(0, length - (pending == null ? 0 : pending.get(0).toLong()));
    }

    @Override
    public String describe() {
        return "Redis Stream " + STREAM + ", consumer group " + GROUP + ", consumer " + consumer;
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            // From the start of the stream: work queued before any worker made the group is read too.
            await(redis.xgroup(List.of("CREATE", STREAM, GROUP, "0", "MKSTREAM")), timeout);
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
        groupReady = true;
    }

    private static Response await(Uni<Response> command, Duration atMost) {
        return command.await().atMost(atMost);
    }
}
