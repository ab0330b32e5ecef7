package dev.tolk.llm;

import java.time.Duration;

/** No backend could produce a usable reply: the client gets a 503 with {@link #retryAfter()}. */
public class BackendUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public BackendUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
