package dev.tolk.mcp;

import java.util.Map;

import dev.tolk.mcp.ToolArguments.Article;
import dev.tolk.pipeline.Digest;
import dev.tolk.pipeline.Pipeline;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.task.AcceptedTask;
import dev.tolk.translation.TranslationResponse;
import io.quarkiverse.mcp.server.Progress;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolResponse;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * tolk's MCP tools: translate, summarise, both. Thin like every way in: arguments are checked and become an
 * {@code ArticleTask}, the pipeline does the work (cache, checks, retries, deadline: the same as {@code /v1}), and the
 * result or the problem is put in MCP's shape ({@link ToolResults}). On virtual threads, because a call blocks for
 * seconds on model calls.
 */
@RunOnVirtualThread
class ArticleTools {

    static final String TRANSLATE = "translate_article";
    static final String SUMMARIZE = "summarize_article";
    static final String DIGEST = "digest_article";

    private static final String TEXT = "The article body, as published: plain text with paragraphs separated by blank "
            + "lines, or a Markdown or HTML document (say so in format). Danish, unless source is auto. Title and text "
            + "together may have up to 100 000 characters (the default limit).";
    private static final String TITLE = "The headline, if there is one (up to 1000 characters).";
    private static final String TARGET = "The English wanted: en (the default) or en-GB for British spelling, en-US for "
            + "American.";
    private static final String FORMAT = "What text is written in: text (the default), markdown or html. Markdown and "
            + "HTML come back as the same document, markup untouched, with only the words translated.";
    private static final String GLOSSARY = "Required English renderings of Danish terms, as a JSON object, e.g. "
            + "{\"Folketinget\": \"the Danish Parliament\"}; up to 200 entries, on top of the house glossary.";
    private static final String SOURCE = "da (the default) translates the text as Danish. auto detects the language: "
            + "Danish, Norwegian and Swedish are translated, English comes back unchanged, other languages are refused.";
    private static final String MAX_BULLETS = "The most bullets the summary may have: 1 to 10 (default 5).";

    private final Pipeline pipeline;
    private final ToolArguments arguments;
    private final ToolCalls calls;

    ArticleTools(Pipeline pipeline, ToolArguments arguments, ToolCalls calls) {
        this.pipeline = pipeline;
        this.arguments = arguments;
        this.calls = calls;
    }

    @Tool(name = TRANSLATE, title = "Translate a Danish news article into English",
            description = "Translates a Danish news article into faithful English, paragraph by paragraph: same "
                    + "paragraphs, same order, names and numbers kept. Returns the English (the headline first, when "
                    + "one was given), followed by any warnings from tolk's fidelity checks (a number, name or "
                    + "glossary term that may be wrong). Use it when the user wants the whole article in English; for "
                    + "the gist use summarize_article, for both digest_article. A long article takes up to a minute "
                    + "or two; send a progress token to follow it.",
            annotations = @Tool.Annotations(title = "Translate article", readOnlyHint = true, destructiveHint = false,
                    idempotentHint = true, openWorldHint = false),
            outputSchema = @Tool.OutputSchema(from = TranslationResponse.class))
    ToolResponse translateArticle(@ToolArg(description = TEXT) String text,
            @ToolArg(description = TITLE, required = false) String title,
            @ToolArg(description = TARGET, required = false) String target,
            @ToolArg(description = FORMAT, required = false) String format,
            @ToolArg(description = GLOSSARY, required = false) Map<String, String> glossary,
            @ToolArg(description = SOURCE, required = false) String source,
            Progress progress) {
        return calls.run(TRANSLATE, () -> {
            AcceptedTask task = accept(new Article(text, title, source, format, target, glossary, null));
            try (ProgressEvents events = ProgressEvents.segments(progress, task)) {
                return ToolResults.translation(pipeline.translate(task, events.sink()));
            }
        });
    }

    @Tool(name = SUMMARIZE, title = "Summarise a Danish news article in English bullets",
            description = "Summarises a Danish news article as English bullet points, each citing the paragraphs it "
                    + "rests on (numbered from 1, the headline not counted). Returns one line per bullet, e.g. "
                    + "\"- ... (¶ 4, 5)\", followed by any warnings from tolk's checks. Use it for the gist of an "
                    + "article; for the full text use translate_article.",
            annotations = @Tool.Annotations(title = "Summarise article", readOnlyHint = true, destructiveHint = false,
                    idempotentHint = true, openWorldHint = false),
            outputSchema = @Tool.OutputSchema(from = SummaryResponse.class))
    ToolResponse summarizeArticle(@ToolArg(description = TEXT) String text,
            @ToolArg(description = TITLE, required = false) String title,
            @ToolArg(name = "max_bullets", description = MAX_BULLETS, required = false) Integer maxBullets,
            @ToolArg(description = FORMAT, required = false) String format,
            @ToolArg(description = GLOSSARY, required = false) Map<String, String> glossary,
            @ToolArg(description = SOURCE, required = false) String source,
            Progress progress) {
        return calls.run(SUMMARIZE, () -> {
            AcceptedTask task = accept(new Article(text, title, source, format, null, glossary, maxBullets));
            try (ProgressEvents events = ProgressEvents.bullets(progress)) {
                return ToolResults.summary(pipeline.summarize(task, events.sink()));
            }
        });
    }

    @Tool(name = DIGEST, title = "Summarise and translate a Danish news article",
            description = "Both in one call, made concurrently: the English bullet summary (each bullet citing its "
                    + "paragraphs) and the full English translation of a Danish news article. Returns the summary "
                    + "first, then the translation, each followed by any warnings from tolk's checks. Use it when the "
                    + "user wants the gist and the text.",
            annotations = @Tool.Annotations(title = "Digest article", readOnlyHint = true, destructiveHint = false,
                    idempotentHint = true, openWorldHint = false),
            outputSchema = @Tool.OutputSchema(from = Digest.class))
    ToolResponse digestArticle(@ToolArg(description = TEXT) String text,
            @ToolArg(description = TITLE, required = false) String title,
            @ToolArg(name = "max_bullets", description = MAX_BULLETS, required = false) Integer maxBullets,
            @ToolArg(description = TARGET, required = false) String target,
            @ToolArg(description = FORMAT, required = false) String format,
            @ToolArg(description = GLOSSARY, required = false) Map<String, String> glossary,
            @ToolArg(description = SOURCE, required = false) String source,
            Progress progress) {
        return calls.run(DIGEST, () -> {
            AcceptedTask task = accept(new Article(text, title, source, format, target, glossary, maxBullets));
            try (ProgressEvents events = ProgressEvents.segments(progress, task)) {
                return ToolResults.digest(pipeline.digest(task, events.sink()));
            }
        });
    }

    /** Everything that can be wrong with what was asked fails here, before any work starts. */
    private AcceptedTask accept(Article asked) {
        return pipeline.accept(arguments.task(asked));
    }
}
