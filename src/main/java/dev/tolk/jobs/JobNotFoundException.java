package dev.tolk.jobs;

/** No job with this id: it never existed, or it expired after {@code tolk.jobs.retention} (404). */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String id) {
        super("No job " + id + ": it does not exist, or it expired (jobs are kept for a limited time after they "
                + "finish or last made progress).");
    }
}
