package dev.tolk.jobs;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code tolk_jobs_total{status}} (jobs accepted as {@code queued}, and jobs that ended as {@code done},
 * {@code failed}, {@code cancelled}), {@code tolk_jobs_queue_length} (work waiting for a worker),
 * {@code tolk_jobs_reclaims_total} (work taken over from a dead worker) and
 * {@code tolk_webhook_deliveries_total{outcome}}. Counted by the replica that saw it: sum over replicas.
 */
@ApplicationScoped
class JobMetrics {

    /** Outcomes of one webhook attempt, and {@code gave_up} once when the retry time is over. */
    static final String DELIVERED = "success";
    static final String HTTP_ERROR = "http_error";
    static final String IO_ERROR = "io_error";
    static final String REFUSED = "refused";
    static final String GAVE_UP = "gave_up";

    private final MeterRegistry registry;
    private final AtomicLong queueLength = new AtomicLong();
    private final Counter reclaims;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (JobStatus status : JobStatus.values()) {
            if (status != JobStatus.RUNNING) {
                jobs(status); // present at 0, so a dashboard's rate() has a series from the start
            }
        }
        for (String outcome : new String[] { DELIVERED, HTTP_ERROR, IO_ERROR, REFUSED, GAVE_UP }) {
            deliveries(outcome);
        }
        this.reclaims = Counter.builder("tolk.jobs.reclaims")
                .description("Queued work taken over from a worker that stopped before finishing it")
                .register(registry);
        Gauge.builder("tolk.jobs.queue.length", queueLength, AtomicLong::get)
                .description("Job work (articles, webhooks) waiting for a worker").register(registry);
    }

    void job(JobStatus status) {
        jobs(status).increment();
    }

    void reclaimed() {
        reclaims.increment();
    }

    void delivery(String outcome) {
        deliveries(outcome).increment();
    }

    void queueLength(long waiting) {
        queueLength.set(waiting);
    }

    private Counter jobs(JobStatus status) {
        return Counter.builder("tolk.jobs").tag("status", status.id())
                .description("Jobs accepted (queued) and ended (done, failed, cancelled)").register(registry);
    }

    private Counter deliveries(String outcome) {
        return Counter.builder("tolk.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook delivery attempts by outcome").register(registry);
    }
}
