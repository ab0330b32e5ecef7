package dev.tolk.llm;

import java.time.Duration;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;

/**
 * A backend's error reply that carried {@code Retry-After}. A LangChain4j {@link HttpException} (so LangChain4j maps
 * it by status as usual, e.g. to {@code RateLimitException}, and {@link FailureClassifier} finds its status), plus
 * the wait the backend asked for, which the plain exception would drop.
 */
class BackendHttpException extends HttpException {

    private final transient Duration retryAfter;

    BackendHttpException(int statusCode, String message, Duration retryAfter) {
        super(statusCode, message);
        this.retryAfter = retryAfter;
    }

    /** The backend's Retry-After; empty when the header could not be read. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
