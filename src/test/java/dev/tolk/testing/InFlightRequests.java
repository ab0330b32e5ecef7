package dev.tolk.testing;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Counts the requests the {@link TestBackend} stub is serving at once and remembers the most, so a test can show how
 * many backend calls tolk had in flight together (e.g. with a delayed stub).
 */
public final class InFlightRequests implements ServeEventListener {

    static final InFlightRequests LISTENER = new InFlightRequests();

    private static final AtomicInteger NOW = new AtomicInteger();
    private static final AtomicInteger MAX = new AtomicInteger();

    private InFlightRequests() {
    }

    /** The most requests served at once since the last {@link #reset()}. */
    public static int max() {
        return MAX.get();
    }

    public static void reset() {
        MAX.set(NOW.get());
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        MAX.accumulateAndGet(NOW.incrementAndGet(), Math::max);
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
