package dev.tolk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.tolk.rest.DigestRequest;

/**
 * Jobs without Redis: for one replica only, and lost on restart. Nothing is taken over from a dead worker (there is
 * no other replica to take it). Caffeine expires a job {@code retention} after its last write.
 */
final class InMemoryJobs implements JobStore, WorkQueue {

    private final Cache<String, Job> jobs;
    private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();

    InMemoryJobs(Duration retention) {
        this.jobs = Caffeine.newBuilder().expireAfterWrite(retention).build();
    }

    /** One job; its meta changes under the job's lock, so "finish once" is one check-and-set. */
    private static final class Job {
        private JobMeta meta;
        private List<DigestRequest> articles;
        private final Map<Integer, String> results = new ConcurrentHashMap<>();

        Job(JobMeta meta, List<DigestRequest> articles) {
            this.meta = meta;
            this.articles = articles;
        }
    }

    @Override
    public void create(JobMeta job, List<DigestRequest> articles) {
        jobs.put(job.id(), new Job(job, List.copyOf(articles)));
    }

    @Override
    public Optional<JobMeta> meta(String id) {
        Job job = jobs.getIfPresent(id);
        if (job == null) {
            return Optional.empty();
        }
        synchronized (job) {
            return Optional.of(job.meta);
        }
    }

    @Override
    public Map<Integer, String> results(String id) {
        Job job = jobs.getIfPresent(id);
        return job == null ? Map.of() : new TreeMap<>(job.results);
    }

    @Override
    public boolean hasResult(String id, int index) {
        Job job = jobs.getIfPresent(id);
        return job != null && job.results.containsKey(index);
    }

    @Override
    public Optional<DigestRequest> article(String id, int index) {
        Job job = jobs.getIfPresent(id);
        if (job == null) {
            return Optional.empty();
        }
        synchronized (job) {
            return job.articles == null ? Optional.empty() : Optional.of(job.articles.get(index));
        }
    }

    @Override
    public void started(String id, Instant at) {
        update(id, meta -> meta.started(at));
    }

    @Override
    public int putResult(String id, int index, String result) {
        Job job = jobs.getIfPresent(id);
        if (job == null) {
            return -1;
        }
        job.results.putIfAbsent(index, result);
        jobs.put(id, job); // progress keeps the job alive
        return job.results.size();
    }

    @Override
    public boolean finish(String id, JobStatus status, Instant at) {
        Job job = jobs.getIfPresent(id);
        if (job == null) {
            return false;
        }
        synchronized (job) {
            if (job.meta.finished()) {
                return false;
            }
            job.meta = job.meta.finished(status, at);
            job.articles = null;
        }
        jobs.put(id, job); // kept for the retention time from now
        return true;
    }

    @Override
    public void webhook(String id, WebhookState state) {
        update(id, meta -> meta.withWebhook(state));
    }

    private void update(String id, java.util.function.UnaryOperator<JobMeta> change) {
        Job job = jobs.getIfPresent(id);
        if (job != null) {
            synchronized (job) {
                job.meta = change.apply(job.meta);
            }
        }
    }

    @Override
    public void push(List<Work> work) {
        queue.addAll(work);
    }

    @Override
    public Optional<Taken> take(Duration wait) {
        try {
            Work work = queue.poll(wait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
            return Optional.ofNullable(work).map(w -> new Taken(w, null, false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void done(Taken taken) {
        // Taking it removed it already.
    }

    @Override
    public void keepAlive(Collection<Taken> inFlight) {
        // Nobody else could take it over.
    }

    @Override
    public long waiting() {
        return queue.size();
    }

    @Override
    public String describe() {
        return "in-memory queue (one replica only; queued jobs are lost on restart: set QUARKUS_REDIS_HOSTS to share "
                + "jobs between replicas and keep them)";
    }
}
