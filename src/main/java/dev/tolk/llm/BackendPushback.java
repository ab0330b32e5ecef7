package dev.tolk.llm;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The latest wait a backend asked for ({@code Retry-After} on a 429 or 503): a 504 tells its client to come back no
 * sooner than that, rather than tolk's own shorter default, which would only send the client back into the wait.
 */
@ApplicationScoped
public class BackendPushback {

    private final AtomicLong untilNanos = new AtomicLong(System.nanoTime());

    void asked(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        untilNanos.accumulateAndGet(until, (a, b) -> b - a > 0 ? b : a);
    }

    /** What is left of the longest wait a backend asked for; zero when none is pending. */
    public Duration remaining() {
        long left = untilNanos.get() - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }
}
