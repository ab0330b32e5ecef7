package dev.tolk.jobs;

import java.util.Locale;

/** Where a job is. {@code running} is never stored: it is a queued job one of whose articles has started. */
enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    /** As in the job document and the metrics. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
