package dev.tolk.security;

import java.time.Duration;

/**
 * The key's characters of this month would go over its quota: 429 on {@code /v1} and in MCP tool errors, DeepL's 456
 * on {@code /v2}; Retry-After is the time until the month (UTC) ends.
 */
public class QuotaExceededException extends RuntimeException {

    private final Duration retryAfter;

    public QuotaExceededException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
