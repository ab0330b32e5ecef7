package dev.tolk.compat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.pipeline.Pipeline;
import dev.tolk.streaming.EventSink;
import dev.tolk.task.AcceptedTask;
import dev.tolk.task.ArticleTask;
import dev.tolk.telemetry.RequestContext;
import dev.tolk.translation.TranslationResponse;

/**
 * Several articles in one request (DeepL's repeated {@code text}, LibreTranslate's {@code q} array), each its own
 * pipeline job: the same cache and checks as one article sent to {@code /v1/translate}.
 */
@ApplicationScoped
public class ArticleBatch {

    private final Pipeline pipeline;

    ArticleBatch(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The translations, in request order. Every text is accepted first, so a bad one (too large, a language tolk
     * does not translate) fails the request before anything is spent on the backend; then they are translated
     * concurrently, on virtual threads, so a request of 50 texts takes about as long as its slowest one.
     *
     * @throws RuntimeException the first failure in request order, as the pipeline threw it
     */
    public List<TranslationResponse> translate(List<ArticleTask> tasks) {
        List<AcceptedTask> accepted = tasks.stream().map(pipeline::accept).toList();
        if (accepted.size() == 1) {
            return List.of(pipeline.translate(accepted.get(0), EventSink.NONE));
        }
        List<CompletableFuture<TranslationResponse>> running = accepted.stream()
                .map(task -> CompletableFuture.supplyAsync(() -> pipeline.translate(task, EventSink.NONE),
                        RequestContext.propagating(Thread.ofVirtual()::start)))
                .toList();
        // Each job ends by its deadline (the pipeline awaits the backend no longer), so join() cannot hang.
        return running.stream().map(ArticleBatch::join).toList();
    }

    private static TranslationResponse join(CompletableFuture<TranslationResponse> job) {
        try {
            return job.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
