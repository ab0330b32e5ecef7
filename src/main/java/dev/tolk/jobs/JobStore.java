package dev.tolk.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tolk.rest.DigestRequest;

/**
 * Jobs, their articles and their results: in Redis (shared by the replicas) or in this process. Everything expires
 * {@code tolk.jobs.retention} after the job was submitted or last made progress. Results are written once per job and
 * article: a second write of the same article (a worker that was taken over and finished anyway) changes nothing.
 */
interface JobStore {

    void create(JobMeta job, List<DigestRequest> articles);

    Optional<JobMeta> meta(String id);

    /** Result documents (JSON) by article index. */
    Map<Integer, String> results(String id);

    boolean hasResult(String id, int index);

    /** The article, or empty when the job is gone or finished (its articles are dropped then). */
    Optional<DigestRequest> article(String id, int index);

    /** Records that an article started (the first time: the job is running). */
    void started(String id, Instant at);

    /** Stores the result unless the article has one; returns how many results the job has (-1: job gone). */
    int putResult(String id, int index, String result);

    /** Ends the job unless it has ended already (then false): done, failed or cancelled, once. */
    boolean finish(String id, JobStatus status, Instant at);

    void webhook(String id, WebhookState state);
}
