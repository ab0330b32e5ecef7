package dev.tolk.jobs;

/** A cancel came for a job that has already ended (409). */
public class JobFinishedException extends RuntimeException {

    public JobFinishedException(String id, String status) {
        super("Job " + id + " has already ended (" + status + "); there is nothing left to cancel.");
    }
}
