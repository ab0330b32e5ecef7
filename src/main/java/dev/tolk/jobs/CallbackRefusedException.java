package dev.tolk.jobs;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/** A {@code callbackUrl} tolk will not call: not http(s), or an internal address that is not allowed (400). */
public class CallbackRefusedException extends ProblemException {

    public CallbackRefusedException(String reason) {
        super(new Problem(Problem.INVALID_REQUEST, "Callback URL refused", 400, "callbackUrl: " + reason));
    }
}
