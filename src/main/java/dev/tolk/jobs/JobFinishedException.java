package dev.tolk.jobs;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/** A cancel came for a job that has already ended (409). */
public class JobFinishedException extends ProblemException {

    public JobFinishedException(String id, String status) {
        super(new Problem(Problem.JOB_FINISHED, "Job already ended", 409,
                "Job " + id + " has already ended (" + status + "); there is nothing left to cancel."));
    }
}
