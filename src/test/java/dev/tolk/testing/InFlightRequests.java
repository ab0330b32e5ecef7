package dev.tolk.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Counts the requests the {@link TestBackend} stub is serving at once and remembers the most, so a test can show how
 * many backend calls tolk had in flight together (e.g. with a delayed stub). It can also {@link #hold()} every reply
 * until {@link #release()}, so a test can act while calls are known to be in flight, without timing.
 */
public final class InFlightRequests implements ServeEventListener {

    static final InFlightRequests LISTENER = new InFlightRequests();

    private static final AtomicInteger NOW = new AtomicInteger();
    private static final AtomicInteger MAX = new AtomicInteger();
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    private InFlightRequests() {
    }

    /** The most requests served at once since the last {@link #reset()}. */
    public static int max() {
        return MAX.get();
    }

    /** Requests being served now. */
    public static int now() {
        return NOW.get();
    }

    public static void reset() {
        MAX.set(NOW.get());
    }

    /** Replies wait (at most 30 s) until {@link #release()}. */
    public static void hold() {
        gate = new CountDownLatch(1);
    }

    public static void release() {
        gate.countDown();
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        MAX.accumulateAndGet(NOW.incrementAndGet(), Math::max);
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        NOW.decrementAndGet();
    }

    @Override
    public String getName() {
        return "in-flight-requests";
    }
}
