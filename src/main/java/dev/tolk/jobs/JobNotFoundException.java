package dev.tolk.jobs;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/** No job with this id: it never existed, or it expired after {@code tolk.jobs.retention} (404). */
public class JobNotFoundException extends ProblemException {

    public JobNotFoundException(String id) {
        super(new Problem(Problem.JOB_NOT_FOUND, "Job not found", 404, "No job " + id + ": it does not exist, or it "
                + "expired (jobs are kept for a limited time after they finish or last made progress)."));
    }
}
