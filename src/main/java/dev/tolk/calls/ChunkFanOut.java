package dev.tolk.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.article.ChunkConfig;

/**
 * Runs the chunks of one article concurrently, at most {@code tolk.chunk.max-parallel} at a time, and gives their
 * results in chunk order: a long article takes about one call's time, and one article cannot take the whole bulkhead.
 * The only place chunks fan out, for translations and summaries alike.
 */
@ApplicationScoped
public class ChunkFanOut {

    private final int maxParallel;
    /** Virtual threads because each chunk blocks for seconds on a model call. */
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ChunkFanOut(ChunkConfig config) {
        this.maxParallel = config.maxParallel();
    }

    /**
     * @param chunks index lists (from {@code ChunkPlanner}), in article order
     * @param call   what to do with one chunk
     * @return each chunk's result, in the order of {@code chunks}
     * @throws RuntimeException the first failed chunk's own failure
     */
    public <R> List<R> run(List<List<Integer>> chunks, Function<List<Integer>, R> call) {
        if (chunks.size() == 1) {
            return List.of(call.apply(chunks.get(0)));
        }
        Semaphore parallel = new Semaphore(maxParallel);
        List<CompletableFuture<R>> running = new ArrayList<>(chunks.size());
        for (List<Integer> chunk : chunks) {
            running.add(CompletableFuture.supplyAsync(() -> {
                parallel.acquireUninterruptibly();
                try {
                    return call.apply(chunk);
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

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
