package dev.tolk.jobs;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where queued work waits for a worker: a Redis Stream read by a consumer group (any replica takes work, and work a
 * dead replica had taken is taken over), or, without Redis, a queue in this process.
 */
interface WorkQueue {

    /** Adds work, in order. */
    void push(List<Work> work);

    /** The next work for this replica, waiting up to {@code wait}; work a dead worker left comes first. */
    Optional<Taken> take(Duration wait);

    /** Finished (or nothing to do): never handed out again. */
    void done(Taken taken);

    /** Renews this replica's hold on work it is still doing, so it is not taken over while it runs. */
    void keepAlive(Collection<Taken> inFlight);

    /** Work waiting for a worker (not counting work being done). */
    long waiting();

    /** For the start-up log line. */
    String describe();
}
