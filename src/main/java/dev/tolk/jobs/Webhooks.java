package dev.tolk.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Delivers a finished job's document to its {@code callbackUrl}, retried with exponential backoff
 * ({@code tolk.webhooks.initial-backoff} doubling up to {@code max-backoff}) until a 2xx answer or until
 * {@code retry-for} after the job finished. The delivery state is stored on the job after every attempt, so a
 * replica that takes over the delivery (the first one died) goes on from the same attempt and wait.
 */
@ApplicationScoped
class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class);

    private final JobStore store;
    private final WebhookClient client;
    private final WebhookConfig config;
    private final JobMetrics metrics;
    private final ObjectMapper json;

    Webhooks(JobStore store, WebhookClient client, WebhookConfig config, JobMetrics metrics, ObjectMapper json) {
        this.store = store;
        this.client = client;
        this.config = config;
        this.metrics = metrics;
        this.json = json;
    }

    /**
     * Attempts until delivered, given up, or the job is gone.
     *
     * @return false when interrupted (shutting down): the delivery is left for another replica to take over
     */
    boolean deliver(String jobId) {
        try {
            while (true) {
                Optional<JobMeta> found = store.meta(jobId);
                if (found.isEmpty() || found.get().webhook() == null || !found.get().webhook().isPending()) {
                    return true;
                }
                JobMeta job = found.get();
                WebhookState state = job.webhook();
                if (Instant.now().isAfter(job.finishedAt().plus(config.retryFor()))) {
                    store.webhook(jobId, state.gaveUp());
                    metrics.delivery(JobMetrics.GAVE_UP);
                    LOG.warnf("Webhook of job %s given up after %d attempts (%s)", jobId, state.attempts(),
                            state.lastError() != null ? state.lastError() : "HTTP " + state.lastStatus());
                    return true;
                }
                sleepUntil(state.nextAttemptAt());
                attempt(job, state);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void attempt(JobMeta job, WebhookState state) {
        byte[] body = body(JobDocument.of(job, store.results(job.id()), json));
        WebhookClient.Attempt attempt = client.post(job.callbackUrl(), body);
        metrics.delivery(attempt.outcome());
        Instant now = Instant.now();
        if (attempt.delivered()) {
            store.webhook(job.id(), state.delivered(now, attempt.status()));
            return;
        }
        Instant next = now.plus(backoff(state.attempts() + 1));
        LOG.debugf("Webhook of job %s: attempt %d failed (%s); next at %s", job.id(), state.attempts() + 1,
                attempt.error() != null ? attempt.error() : "HTTP " + attempt.status(), next);
        store.webhook(job.id(), state.retrying(now, attempt.status(), attempt.error(), next));
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        if (when != null) {
            long millis = Duration.between(Instant.now(), when).toMillis();
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    }

    private byte[] body(JobDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
