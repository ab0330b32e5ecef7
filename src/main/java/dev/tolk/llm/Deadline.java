package dev.tolk.llm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The point in time by which one HTTP request must be answered; everything it starts shares it. */
public record Deadline(long endNanos) {

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /**
     * Waits for {@code work} until the deadline. Gives up without cancelling it: the work may be shared with other
     * requests (single-flight), and its result is still worth caching.
     *
     * @throws DeadlineExceededException when the deadline passes first
     * @throws RuntimeException          the work's own failure, unwrapped
     */
    public <T> T await(CompletableFuture<T> work) {
        try {
            return work.get(Math.max(1, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new DeadlineExceededException("The request deadline passed before the backend answered.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadlineExceededException("The request was interrupted while waiting for the backend.");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new BackendUnavailableException("The language model backend failed.", null, cause);
        }
    }
}
