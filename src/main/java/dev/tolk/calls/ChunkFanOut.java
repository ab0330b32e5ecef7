package dev.tolk.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.article.ChunkConfig;
import dev.tolk.telemetry.RequestContext;
import dev.tolk.telemetry.SpanAttributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * Runs the chunks of one article concurrently, at most {@code tolk.chunk.max-parallel} at a time, and gives their
 * results in chunk order: a long article takes about one call's time, and one article cannot take the whole bulkhead.
 * The only place chunks fan out, for translations and summaries alike. Each chunk is a span ({@code chunk}) under the
 * request's, with the backend attempts made for it below.
 */
@ApplicationScoped
public class ChunkFanOut {

    private final int maxParallel;
    /** Virtual threads because each chunk blocks for seconds on a model call. */
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    /** The request's log context and trace go with each chunk onto its thread. */
    private final Executor executor = RequestContext.propagating(threads);
    private final Tracer tracer;

    ChunkFanOut(ChunkConfig config, Tracer tracer) {
        this.maxParallel = config.maxParallel();
        this.tracer = tracer;
    }

    /**
     * @param chunks index lists (from {@code ChunkPlanner}), in article order
     * @param call   what to do with one chunk
     * @return each chunk's result, in the order of {@code chunks}
     * @throws RuntimeException the first failed chunk's own failure
     */
    public <R> List<R> run(List<List<Integer>> chunks, Function<List<Integer>, R> call) {
        if (chunks.size() == 1) {
            return List.of(traced(0, chunks, call));
        }
        Semaphore parallel = new Semaphore(maxParallel);
        List<CompletableFuture<R>> running = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            int index = i;
            running.add(CompletableFuture.supplyAsync(() -> {
                parallel.acquireUninterruptibly();
                try {
                    return traced(index, chunks, call);
                } finally {
                    parallel.release();
                }
            }, executor));
        }
        // Joined without a request's deadline: the work may be a cache load other requests share, and the gateway
        // already bounds each call (per-attempt timeout, retries stop at the deadline).
        List<R> out = new ArrayList<>(running.size());
        for (CompletableFuture<R> r : running) {
            try {
                out.add(r.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return out;
    }

    private <R> R traced(int index, List<List<Integer>> chunks, Function<List<Integer>, R> call) {
        List<Integer> chunk = chunks.get(index);
        Span span = tracer.spanBuilder("chunk")
                .setAttribute(SpanAttributes.CHUNK_INDEX, (long) index)
                .setAttribute(SpanAttributes.CHUNK_COUNT, (long) chunks.size())
                .setAttribute(SpanAttributes.CHUNK_SEGMENTS, (long) chunk.size())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return call.apply(chunk);
        } catch (RuntimeException e) {
            // The failure's kind only: an exception's message may quote the backend's reply.
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}
