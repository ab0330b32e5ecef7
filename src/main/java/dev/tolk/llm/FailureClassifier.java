package dev.tolk.llm;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.langchain4j.exception.HttpException;

/**
 * Decides what a backend failure means. Transient (worth a retry): timeouts, connection refused/reset, empty or
 * malformed responses, 408, 429 and 5xx. Everything else with a 4xx status (bad key, unknown model, request too
 * large) would fail the same way again.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static boolean isTransient(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException
                || failure instanceof DeadlineExceededException) {
            return false;
        }
        OptionalInt status = httpStatus(failure);
        if (status.isPresent()) {
            int s = status.getAsInt();
            return s == 408 || s == 429 || s >= 500;
        }
        // No status: timeouts, I/O errors, unparseable or empty replies, client-side decoding errors of garbage.
        return true;
    }

    /**
     * What the breaker counts: failures that say the backend is unhealthy or misconfigured (401/403/404 included,
     * so a revoked key fails over instead of failing every request), not a request it merely refused (400, 413,
     * 422), and not our own bulkhead or deadline.
     */
    static boolean countsAgainstBreaker(Throwable failure) {
        if (failure instanceof BulkheadException || failure instanceof DeadlineExceededException) {
            return false;
        }
        OptionalInt status = httpStatus(failure);
        if (status.isPresent()) {
            int s = status.getAsInt();
            return !(s == 400 || s == 413 || s == 422);
        }
        return true;
    }

    /** A short label for metrics and logs. */
    static String outcome(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return "short_circuited";
        }
        if (failure instanceof BulkheadException) {
            return "rejected";
        }
        if (failure instanceof UnusableReplyException) {
            return "unusable_reply";
        }
        // The guard's per-attempt timeout interrupts the attempt's thread (nothing else does): the client then fails
        // with an InterruptedException, which is a timeout, not an I/O error.
        if (find(failure, InterruptedException.class).isPresent()
                || find(failure, java.util.concurrent.TimeoutException.class).isPresent()
                || find(failure, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class).isPresent()
                || find(failure, dev.langchain4j.exception.TimeoutException.class).isPresent()) {
            return "timeout";
        }
        OptionalInt status = httpStatus(failure);
        if (status.isPresent()) {
            return "http_" + status.getAsInt();
        }
        // Vert.x reports a connection the server closed under a request as its own VertxException (HttpClosedException).
        if (find(failure, IOException.class).isPresent() || find(failure, ProcessingException.class).isPresent()
                || find(failure, io.vertx.core.VertxException.class).isPresent()) {
            return "io_error";
        }
        return "error";
    }

    static OptionalInt httpStatus(Throwable failure) {
        Optional<HttpException> lc = find(failure, HttpException.class);
        if (lc.isPresent()) {
            return OptionalInt.of(lc.get().statusCode());
        }
        Optional<WebApplicationException> wae = find(failure, WebApplicationException.class);
        if (wae.isPresent() && wae.get().getResponse() != null) {
            return OptionalInt.of(wae.get().getResponse().getStatus());
        }
        return OptionalInt.empty();
    }

    /**
     * A backend's Retry-After: kept by {@link RetryAfterExceptionMapper} on a {@link BackendHttpException} (the
     * LangChain4j clients' own exceptions carry no headers), or read from a JAX-RS exception's response.
     */
    static Optional<Duration> retryAfter(Throwable failure) {
        Optional<BackendHttpException> backend = find(failure, BackendHttpException.class);
        if (backend.isPresent()) {
            return backend.get().retryAfter();
        }
        Optional<WebApplicationException> wae = find(failure, WebApplicationException.class);
        if (wae.isEmpty() || wae.get().getResponse() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(RetryAfterExceptionMapper.parse(wae.get().getResponse().getHeaderString("Retry-After")));
    }

    private static <E extends Throwable> Optional<E> find(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
