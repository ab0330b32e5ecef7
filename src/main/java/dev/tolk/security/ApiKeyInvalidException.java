package dev.tolk.security;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/** The presented key matches no configured key (or none is configured): 403. */
public class ApiKeyInvalidException extends ProblemException {
    public ApiKeyInvalidException(String detail) {
        super(new Problem(Problem.API_KEY_INVALID, "API key not valid", 403, detail));
    }
}
