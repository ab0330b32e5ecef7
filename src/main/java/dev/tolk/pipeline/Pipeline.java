package dev.tolk.pipeline;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.language.Source;
import dev.tolk.language.SourceLanguages;
import dev.tolk.llm.BackendUnavailableException;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.DeadlineExceededException;
import dev.tolk.llm.LlmConfig;
import dev.tolk.markup.MarkedUpArticle;
import dev.tolk.markup.MarkupArticles;
import dev.tolk.streaming.EventSink;
import dev.tolk.streaming.ItemStream;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.summary.SummaryService;
import dev.tolk.task.AcceptedTask;
import dev.tolk.task.ArticleTask;
import dev.tolk.translation.Translation;
import dev.tolk.translation.TranslationResponse;
import dev.tolk.translation.TranslationService;

/**
 * The one way into tolk's work, for every way in (REST and SSE, DeepL, LibreTranslate, MCP, jobs, the desk page):
 * the caller builds an {@link ArticleTask} and calls the job it wants. Below this: the article cut into segments and
 * chunks, the cache, the checked model calls, the gateway. Nothing here knows HTTP.
 *
 * <pre>{@code
 * TranslationResponse english = pipeline.translate(ArticleTask.of(title, text).withTarget(TargetVariant.EN_US));
 * }</pre>
 *
 * A streamed job is accepted first, so a bad request fails before anything is streamed:
 *
 * <pre>{@code
 * AcceptedTask accepted = pipeline.accept(task);               // 4xx failures are thrown here
 * ... start the stream, then: pipeline.translate(accepted, events);
 * }</pre>
 */
@ApplicationScoped
public class Pipeline {

    private final MarkupArticles articles;
    private final SourceLanguages sources;
    private final TranslationService translations;
    private final SummaryService summaries;
    private final LlmConfig llm;
    private final TranslatedCharacters characters;
    private final CharacterQuota quota;

    Pipeline(MarkupArticles articles, SourceLanguages sources, TranslationService translations,
            SummaryService summaries, LlmConfig llm, TranslatedCharacters characters, CharacterQuota quota) {
        this.articles = articles;
        this.sources = sources;
        this.translations = translations;
        this.summaries = summaries;
        this.llm = llm;
        this.characters = characters;
        this.quota = quota;
    }

    /**
     * Reads the article in its format and resolves its language: everything that can be wrong with what was asked is
     * found here ({@code ArticleTooLargeException}, {@code NoTextException}, {@code UnsupportedLanguageException}).
     * The article's characters are then charged to the caller's quota (every job, cached paragraphs too, as DeepL
     * bills them), which may refuse it; nothing is spent on a backend before.
     */
    public AcceptedTask accept(ArticleTask task) {
        MarkedUpArticle article = articles.parse(task.format(), task.title(), task.text());
        Source source = sources.resolve(task.source(), article.plain());
        Runnable refund = quota.charge(TranslatedCharacters.of(task.title()) + TranslatedCharacters.of(task.text()));
        Deadline deadline = task.deadline() != null ? task.deadline() : Deadline.in(llm.resilience().deadline());
        return new AcceptedTask(task, article, source, deadline, refund);
    }

    public TranslationResponse translate(ArticleTask task) {
        return translate(accept(task), EventSink.NONE);
    }

    /**
     * @param events where a streamed translation's {@code delta} and {@code reset} events go ({@link EventSink#NONE}:
     *               not streamed)
     */
    public TranslationResponse translate(AcceptedTask task, EventSink events) {
        Translation t = refundedIfBackendFails(task,
                () -> withStream("segment", events, stream -> translations.translate(task, stream)));
        characters.add(task.asked());
        return TranslationResponse.of(t, task.article().render(t.paragraphs()), task.source().code(),
                task.asked().target());
    }

    public SummaryResponse summarize(ArticleTask task) {
        return summarize(accept(task), EventSink.NONE);
    }

    /** @param events as for {@link #translate(AcceptedTask, EventSink)}, with bullets as the items */
    public SummaryResponse summarize(AcceptedTask task, EventSink events) {
        return SummaryResponse.of(refundedIfBackendFails(task,
                () -> withStream("bullet", events, stream -> summaries.summarize(task, stream))));
    }

    /** Translation and summary of one article, produced concurrently under one deadline. */
    public Digest digest(ArticleTask task) {
        return digest(accept(task), EventSink.NONE);
    }

    /**
     * @param translationEvents the translation's {@code delta} and {@code reset} events, as for
     *                          {@link #translate(AcceptedTask, EventSink)}, e.g. for a caller that reports progress;
     *                          the summary, the shorter half, is not streamed
     */
    public Digest digest(AcceptedTask task, EventSink translationEvents) {
        CompletableFuture<TranslationResponse> translation = CompletableFuture
                .supplyAsync(() -> translate(task, translationEvents), Thread.ofVirtual()::start);
        SummaryResponse summary = summarize(task, EventSink.NONE);
        return new Digest(refundedIfBackendFails(task, () -> task.deadline().await(translation)), summary);
    }

    /**
     * Runs {@code job}; when the backend fails it (down, or the deadline passed), the characters charged at
     * {@link #accept} go back to the caller: it got nothing, and a client retrying through an outage (DeepL's clients
     * retry a 503 five times) must not use up its quota. A client's own mistake found later is not refunded.
     */
    private static <T> T refundedIfBackendFails(AcceptedTask task, java.util.function.Supplier<T> job) {
        try {
            return job.get();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BackendUnavailableException || c instanceof DeadlineExceededException) {
                    task.refund().run();
                    break;
                }
            }
            throw e;
        }
    }

    private static <T> T withStream(String item, EventSink events, java.util.function.Function<ItemStream, T> job) {
        if (events == EventSink.NONE) {
            return job.apply(null);
        }
        ItemStream stream = new ItemStream(item, events);
        try {
            return job.apply(stream);
        } finally {
            stream.close();
        }
    }
}
