package dev.tolk.jobs;

import java.time.Instant;

/**
 * A job without its articles and results.
 *
 * @param status     as stored: {@code queued} until it finished (see {@link #shown()})
 * @param startedAt  when its first article started, or null
 * @param finishedAt when it reached done, failed or cancelled, or null
 * @param webhook    its webhook's delivery, or null (no callback, or not finished yet)
 */
record JobMeta(String id, JobStatus status, int total, BatchOptions options, String callbackUrl, Instant createdAt,
        Instant startedAt, Instant finishedAt, WebhookState webhook) {

    static JobMeta queued(String id, int total, BatchOptions options, String callbackUrl, Instant now) {
        return new JobMeta(id, JobStatus.QUEUED, total, options, callbackUrl, now, null, null, null);
    }

    /** The status a client sees. */
    JobStatus shown() {
        return status == JobStatus.QUEUED && startedAt != null ? JobStatus.RUNNING : status;
    }

    boolean finished() {
        return finishedAt != null;
    }

    JobMeta started(Instant at) {
        return startedAt != null ? this
                : new JobMeta(id, status, total, options, callbackUrl, createdAt, at, finishedAt, webhook);
    }

    JobMeta finished(JobStatus end, Instant at) {
        return new JobMeta(id, end, total, options, callbackUrl, createdAt, startedAt, at, webhook);
    }

    JobMeta withWebhook(WebhookState state) {
        return new JobMeta(id, status, total, options, callbackUrl, createdAt, startedAt, finishedAt, state);
    }
}
