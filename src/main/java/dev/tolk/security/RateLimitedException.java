package dev.tolk.security;

import java.time.Duration;

/** The key used up its requests of this minute: 429 with Retry-After (the time until the minute ends). */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
