package dev.tolk.security;

import java.time.Duration;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/**
 * The key's characters of this month would go over its quota: 429 on {@code /v1} and in MCP tool errors, DeepL's 456
 * on {@code /v2}; Retry-After is the time until the month (UTC) ends.
 */
public class QuotaExceededException extends ProblemException {

    public QuotaExceededException(String detail, Duration retryAfter) {
        super(new Problem(Problem.QUOTA_EXCEEDED, "Quota exceeded", 429, detail, retryAfter));
    }
}
