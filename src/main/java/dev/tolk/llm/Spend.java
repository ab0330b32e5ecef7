package dev.tolk.llm;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What one HTTP request spent on backends. Parallel chunk calls report into it, and only the request whose
 * cache load made the calls does: a request that joined another's in-flight call spent nothing.
 */
public final class Spend {

    private final AtomicReference<Usage> usage = new AtomicReference<>(Usage.NONE);
    private volatile boolean called;

    public void add(Usage u) {
        called = true;
        usage.accumulateAndGet(u, Usage::plus);
    }

    /** False means the answer came without this request sending anything to a backend ({@code cached: true}). */
    public boolean calledBackend() {
        return called;
    }

    public Usage usage() {
        return usage.get();
    }
}
