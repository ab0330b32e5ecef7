package dev.tolk.llm;

/**
 * The backend answered, but not with something tolk can use (empty, not the JSON asked for, wrong paragraph
 * count). Counts as a transient failure of that backend: retried, then the fallback is asked.
 */
public class UnusableReplyException extends RuntimeException {

    public UnusableReplyException(String message) {
        super(message);
    }

    public UnusableReplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
