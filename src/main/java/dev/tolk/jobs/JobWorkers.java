package dev.tolk.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.tolk.llm.LlmConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * This replica's job workers: one dispatcher takes work from the {@link WorkQueue} only while one of the
 * {@code tolk.jobs.workers} slots is free (so jobs never hold more of the shared bulkhead than that, however many are
 * queued), and runs each article on a virtual thread. Webhook deliveries, which mostly wait, take no slot. A second
 * loop renews the hold on work in flight and measures the queue.
 *
 * <p>On shutdown the dispatcher stops taking work; articles in flight may finish within their deadline; whatever is
 * still unfinished then (and every webhook still retrying) stays in the queue for another replica to take over.
 */
@ApplicationScoped
class JobWorkers {

    private static final Logger LOG = Logger.getLogger(JobWorkers.class);
    /** Longest wait of one take: also how long the dispatcher takes to notice a shutdown. */
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final WorkQueue queue;
    private final JobHandler handler;
    private final JobsConfig config;
    private final JobMetrics metrics;
    private final Duration drain;
    private final Semaphore slots;
    private final Set<Taken> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<Thread> deliveries = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastWarn = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile boolean taking;
    private Thread dispatcher;
    private Thread keeper;

    JobWorkers(WorkQueue queue, JobHandler handler, JobsConfig config, JobMetrics metrics, LlmConfig llm) {
        this.queue = queue;
        this.handler = handler;
        this.config = config;
        this.metrics = metrics;
        this.drain = llm.resilience().deadline();
        this.slots = new Semaphore(Math.max(0, config.workers()));
    }

    void start(@Observes StartupEvent event) {
        LOG.infof("Jobs: %s; %d workers", queue.describe(), config.workers());
        if (config.workers() <= 0) {
            return;
        }
        taking = true;
        dispatcher = Thread.ofVirtual().name("tolk-jobs-dispatcher").start(this::dispatch);
        keeper = Thread.ofVirtual().name("tolk-jobs-keeper").start(this::keep);
    }

    void stop(@Observes ShutdownEvent event) {
        if (dispatcher == null) {
            return;
        }
        taking = false;
        try {
            dispatcher.join(POLL.multipliedBy(3));
            // All slots back = every article in flight finished (their deadline bounds the wait).
            if (slots.tryAcquire(config.workers(), drain.toMillis(), TimeUnit.MILLISECONDS)) {
                slots.release(config.workers());
            } else {
                LOG.warnf("Jobs: %d articles still running at shutdown; another replica will take them over",
                        inFlight.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deliveries.forEach(Thread::interrupt);
        keeper.interrupt();
    }

    private void dispatch() {
        while (taking) {
            try {
                if (!slots.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    continue;
                }
                Optional<Taken> next = takeNext();
                if (next.isEmpty()) {
                    slots.release();
                } else if (next.get().work().isWebhook()) {
                    slots.release();
                    run(next.get(), deliveries);
                } else {
                    run(next.get(), null);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Optional<Taken> takeNext() throws InterruptedException {
        try {
            return queue.take(POLL);
        } catch (RuntimeException e) {
            failed("take work", e);
            Thread.sleep(POLL.toMillis()); // Redis is down: do not spin
            return Optional.empty();
        }
    }

    /** @param threads where a delivery's thread is kept (to stop it at shutdown), or null for an article */
    private void run(Taken taken, Set<Thread> threads) {
        inFlight.add(taken);
        Thread.ofVirtual().name("tolk-job-" + taken.work().job()).start(() -> {
            if (threads != null) {
                threads.add(Thread.currentThread());
            }
            try {
                handler.handle(taken);
            } catch (RuntimeException e) {
                failed("finish work", e); // not acknowledged: it will be taken over after reclaim-after
            } finally {
                inFlight.remove(taken);
                if (threads != null) {
                    threads.remove(Thread.currentThread());
                } else {
                    slots.release();
                }
            }
        });
    }

    /** Renews the hold on work in flight well before {@code reclaim-after}, and measures the queue. */
    private void keep() {
        long every = Math.max(100, Math.min(config.reclaimAfter().toMillis() / 3, 5_000));
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(every);
                queue.keepAlive(Set.copyOf(inFlight));
                metrics.queueLength(queue.waiting());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failed("renew work in flight", e);
            }
        }
    }

    private void failed(String what, Throwable e) {
        long now = System.nanoTime();
        long last = lastWarn.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarn.compareAndSet(last, now)) {
            LOG.warnf("Jobs: could not %s (%s); retrying. Logged at most every 30 s.", what, e.toString());
        } else {
            LOG.debugf("Jobs: could not %s (%s)", what, e);
        }
    }
}
