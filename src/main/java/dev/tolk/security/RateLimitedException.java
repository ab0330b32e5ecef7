package dev.tolk.security;

import java.time.Duration;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/** The key used up its requests of this minute: 429 with Retry-After (the time until the minute ends). */
public class RateLimitedException extends ProblemException {

    public RateLimitedException(String detail, Duration retryAfter) {
        super(new Problem(Problem.RATE_LIMITED, "Too many requests", 429, detail, retryAfter));
    }
}
