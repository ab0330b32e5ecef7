package dev.tolk.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import dev.tolk.pipeline.Digest;
import dev.tolk.pipeline.Pipeline;
import dev.tolk.rest.DigestRequest;
import dev.tolk.task.ArticleTask;
import dev.tolk.web.Problems;

/**
 * Runs the articles of a batch or a job through the pipeline, one {@link ItemResult} each: the checks
 * {@code /v1/articles} makes, then the pipeline; whatever goes wrong is that article's problem, made by
 * {@link Problems} as for a single request.
 */
@ApplicationScoped
class ArticleRunner {

    private final Pipeline pipeline;
    private final Problems problems;
    private final Validator validator;
    private final BatchConfig config;

    ArticleRunner(Pipeline pipeline, Problems problems, Validator validator, BatchConfig config) {
        this.pipeline = pipeline;
        this.problems = problems;
        this.validator = validator;
        this.config = config;
    }

    /** One article; never throws for anything the article or the backend does. */
    ItemResult run(int index, DigestRequest article, BatchOptions options) {
        try {
            Set<ConstraintViolation<DigestRequest>> violations = validator.validate(article);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            ArticleTask task = article.task(options.refresh() ? "no-cache" : null);
            if (options.translate() && options.summarize()) {
                Digest digest = pipeline.digest(task);
                return ItemResult.done(index, article.id(), digest.translation(), digest.summary());
            }
            if (options.translate()) {
                return ItemResult.done(index, article.id(), pipeline.translate(task), null);
            }
            return ItemResult.done(index, article.id(), null, pipeline.summarize(task));
        } catch (RuntimeException e) {
            return ItemResult.failed(index, article.id(), problems.of(e));
        }
    }

    /**
     * Every article, at most {@code tolk.batch.max-parallel} at once (so one batch cannot take the shared bulkhead
     * from single requests), started in request order; results in request order. Identical articles share their
     * backend calls through the cache (single-flight while both are in flight).
     */
    List<ItemResult> runAll(List<DigestRequest> articles, BatchOptions options) {
        Semaphore slots = new Semaphore(config.maxParallel());
        List<Future<ItemResult>> running = new ArrayList<>(articles.size());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < articles.size(); i++) {
                int index = i;
                slots.acquireUninterruptibly();
                running.add(threads.submit(() -> {
                    try {
                        return run(index, articles.get(index), options);
                    } finally {
                        slots.release();
                    }
                }));
            }
        } // waits for all of them
        return running.stream().map(Future::resultNow).toList();
    }
}
