package dev.tolk.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.rest.DigestRequest;

/**
 * Does one piece of taken work: an article through the pipeline ({@link ArticleRunner}, as the batch endpoint does),
 * or a webhook delivery. Work is acknowledged only once its result is stored, so a worker that dies in between leaves
 * it to be taken over; work taken over whose result is already stored is not done twice.
 */
@ApplicationScoped
class JobHandler {

    private final JobStore store;
    private final WorkQueue queue;
    private final ArticleRunner runner;
    private final Webhooks webhooks;
    private final JobMetrics metrics;
    private final ObjectMapper json;

    JobHandler(JobStore store, WorkQueue queue, ArticleRunner runner, Webhooks webhooks, JobMetrics metrics,
            ObjectMapper json) {
        this.store = store;
        this.queue = queue;
        this.runner = runner;
        this.webhooks = webhooks;
        this.metrics = metrics;
        this.json = json;
    }

    void handle(Taken taken) {
        Work work = taken.work();
        if (work.isWebhook()) {
            if (webhooks.deliver(work.job())) {
                queue.done(taken);
            }
            return;
        }
        Optional<JobMeta> found = store.meta(work.job());
        if (found.isEmpty() || found.get().finished()) {
            queue.done(taken); // expired, or cancelled before this article started
            return;
        }
        JobMeta job = found.get();
        int done;
        if (store.hasResult(job.id(), work.item())) {
            done = store.results(job.id()).size(); // its worker died after storing it: maybe before finishing the job
        } else {
            Optional<DigestRequest> article = store.article(job.id(), work.item());
            if (article.isEmpty()) {
                queue.done(taken); // the job ended meanwhile
                return;
            }
            store.started(job.id(), Instant.now());
            ItemResult result = runner.run(work.item(), article.get(), job.options());
            done = store.putResult(job.id(), work.item(), write(result));
        }
        if (done >= job.total()) {
            finish(job);
        }
        queue.done(taken);
    }

    /** Done when at least one article has its result, else failed; the first of concurrent finishers wins. */
    private void finish(JobMeta job) {
        JobStatus end = JobDocument.anySucceeded(store.results(job.id()), json) ? JobStatus.DONE : JobStatus.FAILED;
        Instant now = Instant.now();
        if (store.finish(job.id(), end, now)) {
            metrics.job(end);
            if (job.callbackUrl() != null) {
                store.webhook(job.id(), WebhookState.pending(job.callbackUrl(), now));
                queue.push(List.of(Work.webhook(job.id())));
            }
        }
    }

    private String write(ItemResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
