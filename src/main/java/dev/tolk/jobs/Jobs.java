package dev.tolk.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.llm.BackendUnavailableException;
import dev.tolk.pipeline.CharacterQuota;

/**
 * Accepting, reading and cancelling jobs; the workers ({@link JobWorkers}) do the rest. A store that does not answer
 * (Redis down) is a 503 with Retry-After, like a backend that does not.
 */
@ApplicationScoped
class Jobs {

    private static final Pattern JOB_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JobStore store;
    private final WorkQueue queue;
    private final CallbackPolicy callbacks;
    private final JobMetrics metrics;
    private final ObjectMapper json;
    private final CharacterQuota quota;

    Jobs(JobStore store, WorkQueue queue, CallbackPolicy callbacks, JobMetrics metrics, ObjectMapper json,
            CharacterQuota quota) {
        this.store = store;
        this.queue = queue;
        this.callbacks = callbacks;
        this.metrics = metrics;
        this.json = json;
        this.quota = quota;
    }

    /**
     * The one place a job is accepted. When API keys are on, the job's characters are counted against the key's
     * quota here, before anything is stored or queued.
     */
    JobDocument submit(JobRequest request, boolean refresh) {
        if (request.callbackUrl() != null) {
            callbacks.target(request.callbackUrl()); // refused now (400) rather than at delivery
        }
        // The workers run without the caller, so the pipeline charges nothing then: the whole job is charged here.
        quota.charge(ArticleCharacters.of(request.articles()));
        JobMeta job = JobMeta.queued(UUID.randomUUID().toString(), request.articles().size(),
                request.batch().options(refresh), request.callbackUrl(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        List<Work> work = IntStream.range(0, job.total()).mapToObj(i -> new Work(job.id(), i)).toList();
        available(() -> {
            store.create(job, request.articles());
            queue.push(work);
            return null;
        });
        metrics.job(JobStatus.QUEUED);
        return JobDocument.of(job, java.util.Map.of(), json);
    }

    JobDocument find(String id) {
        requireWellFormed(id);
        return available(() -> {
            JobMeta job = store.meta(id).orElseThrow(() -> new JobNotFoundException(id));
            return JobDocument.of(job, store.results(id), json);
        });
    }

    /** Articles not started yet are skipped; those running finish and keep their results. */
    JobDocument cancel(String id) {
        requireWellFormed(id);
        available(() -> {
            JobMeta job = store.meta(id).orElseThrow(() -> new JobNotFoundException(id));
            if (!store.finish(id, JobStatus.CANCELLED, Instant.now().truncatedTo(ChronoUnit.MILLIS))) {
                String status = store.meta(id).map(m -> m.shown().id()).orElseThrow(() -> new JobNotFoundException(id));
                throw new JobFinishedException(job.id(), status);
            }
            metrics.job(JobStatus.CANCELLED);
            return null;
        });
        return find(id);
    }

    /** Job ids are UUIDs: anything else is unknown without asking the store (and is not echoed back). */
    private static void requireWellFormed(String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw new JobNotFoundException("with that id");
        }
    }

    private static <T> T available(Supplier<T> work) {
        try {
            return work.get();
        } catch (JobNotFoundException | JobFinishedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BackendUnavailableException("Jobs are unavailable: their store (Redis) does not answer.", null,
                    e);
        }
    }
}
