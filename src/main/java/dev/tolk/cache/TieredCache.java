package dev.tolk.cache;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.tolk.telemetry.SpanAttributes;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * L1 (Caffeine, in-process, bounded by weight) over an optional L2 ({@link SharedStore}, Redis), with
 * single-flight: Caffeine's {@code AsyncCache.getAll} hands concurrent requests for a key the same in-flight
 * future, and calls the loader once with only the keys nobody has or is loading. A failed load completes those
 * futures exceptionally for every waiter and Caffeine drops them, so failures are never cached. Nobody cancels a
 * shared future: a caller giving up (deadline, disconnect) does not stop the call others wait for. Each lookup is a
 * span ({@code cache lookup}, with an {@code l2 get} below it when Redis is asked) that lasts until its values are
 * there, so the chunks and backend calls a miss causes are its children.
 */
public final class TieredCache<V> {

    private static final Logger LOG = Logger.getLogger(TieredCache.class);

    private final String name;
    private final AsyncCache<String, Cached<V>> l1;
    private final SharedStore l2;
    private final CacheConfig config;
    private final ObjectMapper json;
    private final JavaType storedType;
    private final Executor executor;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    private final ReentrantLock registration = new ReentrantLock();

    /**
     * @param executor runs loads; it must carry the request's context (see {@code RequestContext}) for the load's spans
     *                 and log lines to belong to the request
     */
    record Tools(Executor executor, MeterRegistry metrics, Tracer tracer) {
    }

    TieredCache(CacheKind<V> kind, SharedStore l2, CacheConfig config, ObjectMapper json, Tools tools) {
        this.name = kind.name();
        this.l2 = l2;
        this.config = config;
        this.json = json;
        this.storedType = json.getTypeFactory().constructParametricType(Cached.class, kind.valueType());
        this.executor = tools.executor();
        this.metrics = tools.metrics();
        this.tracer = tools.tracer();
        this.l1 = Caffeine.newBuilder()
                .maximumWeight((long) (kind.l1Share() * config.l1MaxMib() * 1024 * 1024))
                .weigher((String k, Cached<V> v) -> 2 * (k.length() + v.model().length()) + kind.weigher().applyAsInt(v.value()))
                .expireAfterWrite(config.l1Ttl())
                .executor(executor)
                .buildAsync();
    }

    /**
     * Values for all keys: from L1, else L2, else {@code loader}, which gets the keys still missing and returns
     * a value for each (or throws). With {@code refresh} (a client's {@code Cache-Control: no-cache}) nothing is
     * read from either level and the loaded values replace what was stored.
     */
    public CompletableFuture<Map<String, Cached<V>>> getAll(Set<String> keys,
            Function<Set<String>, Map<String, Cached<V>>> loader, boolean refresh) {
        Span span = tracer.spanBuilder("cache lookup").setAttribute(SpanAttributes.CACHE_NAME, name)
                .setAttribute(SpanAttributes.CACHE_KEYS, (long) keys.size())
                .setAttribute(SpanAttributes.CACHE_REFRESH, refresh).startSpan();
        CompletableFuture<Map<String, Cached<V>>> result;
        try (Scope ignored = span.makeCurrent()) {
            result = lookUp(keys, loader, refresh, span);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()).end();
            throw e;
        }
        return result.whenComplete((values, failure) -> {
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            }
            span.end();
        });
    }

    private CompletableFuture<Map<String, Cached<V>>> lookUp(Set<String> keys,
            Function<Set<String>, Map<String, Cached<V>>> loader, boolean refresh, Span span) {
        if (refresh) {
            return CompletableFuture.supplyAsync(() -> {
                Map<String, Cached<V>> loaded = loader.apply(keys);
                // A refresh whose reply is not cacheable (failed checks, a fallback) leaves what was stored: a failed
                // refresh must not cost the next plain request a backend call.
                loaded.forEach((k, v) -> {
                    if (v.cacheable()) {
                        l1.put(k, CompletableFuture.completedFuture(v));
                    }
                });
                storeShared(loaded);
                return loaded;
            }, executor);
        }
        int[] missingCount = { 0 };
        CompletableFuture<Map<String, Cached<V>>> result;
        // Registering a request's keys is made atomic: otherwise two identical requests arriving together can
        // each claim part of the article and send it in two half calls. Only registration is under the lock (the
        // load itself runs asynchronously), so it is held for microseconds.
        registration.lock();
        try {
            result = l1.getAll(keys, (missing, ignored) -> {
                missingCount[0] = missing.size();
                return CompletableFuture.supplyAsync(() -> loadMissing(new HashSet<>(missing), loader), executor);
            });
        } finally {
            registration.unlock();
        }
        count("l1", "hit", keys.size() - missingCount[0]);
        count("l1", "miss", missingCount[0]);
        span.setAttribute(SpanAttributes.CACHE_L1_HITS, (long) keys.size() - missingCount[0]);
        return result.thenApply(values -> {
            values.forEach((k, v) -> {
                if (!v.cacheable()) {
                    forgetIfStill(k, v);
                }
            });
            return values;
        });
    }

    /**
     * Detaches the loads still in flight for {@code keys} from the cache, for a caller whose deadline passed while it
     * waited: the call keeps running for whoever already waits on it (nobody cancels a shared future), but a request
     * arriving later starts a fresh one instead of inheriting the fate of a call that has outlived a deadline (a
     * backend that recovered meanwhile would otherwise be answered by the doomed call's 504). What the old call
     * brings back is not stored.
     */
    public void abandon(Set<String> keys) {
        for (String key : keys) {
            CompletableFuture<Cached<V>> inFlight = l1.getIfPresent(key);
            if (inFlight != null && !inFlight.isDone()) {
                l1.asMap().remove(key, inFlight);
            }
        }
    }

    /**
     * What this pod's L1 already holds for {@code keys}, loading nothing and counting nothing: lets a streamed
     * response send its cached parts at once, before {@link #getAll} has the rest.
     */
    public Map<String, Cached<V>> peekLocal(Set<String> keys) {
        Map<String, Cached<V>> out = new HashMap<>();
        for (String key : keys) {
            CompletableFuture<Cached<V>> f = l1.getIfPresent(key);
            if (f != null && f.isDone() && !f.isCompletedExceptionally() && f.join().cacheable()) {
                out.put(key, f.join());
            }
        }
        return out;
    }

    /** Drops everything in this pod's L1 (L2 is untouched). For operations and tests. */
    public void clearLocal() {
        l1.synchronous().invalidateAll();
    }

    private Map<String, Cached<V>> loadMissing(Set<String> missing, Function<Set<String>, Map<String, Cached<V>>> loader) {
        Map<String, Cached<V>> out = new HashMap<>();
        Span.current().setAttribute(SpanAttributes.CACHE_LOADED, (long) missing.size());
        if (!l2.enabled()) {
            Map<String, Cached<V>> loaded = loader.apply(missing);
            out.putAll(loaded);
            return out;
        }
        Span l2Span = tracer.spanBuilder("l2 get").setAttribute(SpanAttributes.CACHE_NAME, name)
                .setAttribute(SpanAttributes.CACHE_KEYS, (long) missing.size()).startSpan();
        Map<String, String> stored;
        try {
            stored = l2.getAll(missing);
            l2Span.setAttribute(SpanAttributes.CACHE_L2_HITS, (long) stored.size());
        } finally {
            l2Span.end();
        }
        for (var e : stored.entrySet()) {
            try {
                out.put(e.getKey(), json.readValue(e.getValue(), storedType));
            } catch (Exception bad) {
                LOG.debugf("Ignoring undecodable L2 entry %s: %s", e.getKey(), bad.getMessage());
            }
        }
        count("l2", "hit", out.size());
        Set<String> stillMissing = new HashSet<>(missing);
        stillMissing.removeAll(out.keySet());
        count("l2", "miss", stillMissing.size());
        Span.current().setAttribute(SpanAttributes.CACHE_LOADED, (long) stillMissing.size());
        if (!stillMissing.isEmpty()) {
            Map<String, Cached<V>> loaded = loader.apply(stillMissing);
            storeShared(loaded);
            out.putAll(loaded);
        }
        return out;
    }

    private void storeShared(Map<String, Cached<V>> loaded) {
        Map<String, String> encoded = new HashMap<>();
        loaded.forEach((k, v) -> {
            if (v.cacheable()) {
                try {
                    encoded.put(k, json.writeValueAsString(v));
                } catch (Exception e) {
                    LOG.debugf("Not storing %s in L2: %s", k, e.getMessage());
                }
            }
        });
        if (!encoded.isEmpty()) {
            l2.putAll(encoded, config.ttl());
        }
    }

    /** Removes an uncacheable value once its waiters have it, unless a newer value has replaced it meanwhile. */
    private void forgetIfStill(String key, Cached<V> value) {
        CompletableFuture<Cached<V>> current = l1.getIfPresent(key);
        if (current != null && current.isDone() && current.getNow(null) == value) {
            l1.asMap().remove(key, current);
        }
    }

    private void count(String level, String result, int n) {
        if (n > 0) {
            metrics.counter("tolk.cache.requests", "cache", name, "level", level, "result", result).increment(n);
        }
    }
}
