package dev.tolk.llm;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;

/**
 * The fault-tolerance stack of one backend (SmallRye Fault Tolerance's programmatic API, because the numbers and
 * the number of backends are run-time config): retry on transient failures only → circuit breaker → per-attempt
 * timeout → bulkhead. This is the only layer that retries.
 */
final class BackendGuard {

    private static final Logger LOG = Logger.getLogger(BackendGuard.class);

    private final Guard resilience;
    private final Guard bulkhead;
    private final Duration breakerDelay;
    private final String breakerName;
    private final CircuitBreakerMaintenance maintenance;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile long openedAtNanos;

    BackendGuard(Backend backend, LlmConfig config, CircuitBreakerMaintenance maintenance) {
        LlmConfig.Resilience r = config.resilience();
        this.breakerDelay = r.breakerDelay();
        this.breakerName = "llm-" + backend.role();
        this.maintenance = maintenance;
        this.resilience = Guard.create()
                .withDescription("llm-" + backend.role())
                .withRetry()
                    .maxRetries(r.maxRetries())
                    .delay(r.initialBackoff().toMillis(), ChronoUnit.MILLIS)
                    .maxDuration(r.deadline().toMillis(), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS) // jitter is added by the backoff strategy below
                    .whenException(FailureClassifier::isTransient)
                    .beforeRetry((Throwable e) -> LOG.infof("Backend %s attempt failed (%s); retrying", backend.role(),
                            FailureClassifier.outcome(e)))
                    .withCustomBackoff()
                        .strategy(() -> new Backoff(r.maxBackoff(), r.jitter()))
                        .done()
                    .done()
                .withCircuitBreaker()
                    .name(breakerName)
                    .requestVolumeThreshold(r.breakerWindow())
                    .failureRatio(r.breakerFailureRatio())
                    .delay(r.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(r.breakerSuccessThreshold())
                    .when(FailureClassifier::countsAgainstBreaker)
                    .onStateChange(this::stateChanged)
                    .done()
                .withTimeout()
                    .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .build();
        // A separate guard so the number of calls waiting for a slot can be measured (queued until accepted).
        this.bulkhead = Guard.create()
                .withDescription("llm-" + backend.role() + "-bulkhead")
                .withBulkhead()
                    .limit(r.maxConcurrent())
                    .queueSize(r.maxQueued())
                    .enableSynchronousQueueing()
                    .onAccepted(queued::decrementAndGet)
                    .onRejected(queued::decrementAndGet)
                    .done()
                .build();
    }

    @SuppressWarnings("unchecked")
    <T> T call(Callable<T> attempt) throws Exception {
        return (T) resilience.call(() -> {
            queued.incrementAndGet();
            return bulkhead.call(attempt::call, Object.class);
        }, Object.class);
    }

    /**
     * The breaker's state as SmallRye keeps it. Not tracked from state-change events: a reset through
     * {@link CircuitBreakerMaintenance} closes the breaker without firing one.
     */
    CircuitBreakerState state() {
        try {
            return maintenance.currentState(breakerName);
        } catch (IllegalArgumentException notUsedYet) {
            // The guard is built lazily, on its first call: until then there is no breaker, which is as good as closed.
            return CircuitBreakerState.CLOSED;
        }
    }

    int queued() {
        return queued.get();
    }

    /** How long an open breaker will still fast-fail: the honest Retry-After. */
    Duration remainingOpen() {
        if (state() != CircuitBreakerState.OPEN) {
            return Duration.ZERO;
        }
        Duration left = breakerDelay.minusNanos(System.nanoTime() - openedAtNanos);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void stateChanged(CircuitBreakerState newState) {
        if (newState == CircuitBreakerState.OPEN) {
            openedAtNanos = System.nanoTime();
            LOG.warnf("Circuit breaker %s opened: calls fail fast for %s", breakerName, breakerDelay);
        } else {
            LOG.infof("Circuit breaker %s is %s", breakerName, newState);
        }
    }

    /**
     * Exponential backoff with jitter, except that a backend's own Retry-After (429/503) is honoured up to the cap:
     * it knows better than a formula when it can take more work.
     */
    private static final class Backoff implements CustomBackoffStrategy {
        private final long maxMillis;
        private final long jitterMillis;
        private long nextMillis;

        Backoff(Duration max, Duration jitter) {
            this.maxMillis = max.toMillis();
            this.jitterMillis = jitter.toMillis();
        }

        @Override
        public void init(long initialDelayInMillis) {
            nextMillis = initialDelayInMillis;
        }

        @Override
        public long nextDelayInMillis(Throwable cause) {
            var hinted = FailureClassifier.retryAfter(cause);
            if (hinted.isPresent()) {
                return Math.min(hinted.get().toMillis(), maxMillis);
            }
            long delay = nextMillis + (jitterMillis > 0 ? ThreadLocalRandom.current().nextLong(jitterMillis + 1) : 0);
            nextMillis = Math.min(nextMillis * 2, maxMillis);
            return Math.min(delay, maxMillis);
        }
    }
}
