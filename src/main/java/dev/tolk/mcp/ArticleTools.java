package dev.tolk.mcp;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.mcp.ToolArguments.Article;
import dev.tolk.pipeline.Pipeline;
import dev.tolk.task.AcceptedTask;
import io.quarkiverse.mcp.server.Progress;
import io.quarkiverse.mcp.server.ToolResponse;

/**
 * tolk's MCP tools: translate, summarise, both. Thin like every way in: arguments are checked and become an
 * {@code ArticleTask}, the pipeline does the work (cache, checks, retries, deadline: the same as {@code /v1}), and the
 * result or the problem is put in MCP's shape ({@link ToolResults}). What a client sees of the tools (names,
 * descriptions, argument schemas) is {@link ToolRegistration}'s, which calls these on virtual threads.
 */
@ApplicationScoped
class ArticleTools {

    static final String TRANSLATE = "translate_article";
    static final String SUMMARIZE = "summarize_article";
    static final String DIGEST = "digest_article";

    private final Pipeline pipeline;
    private final ToolArguments arguments;
    private final ToolCalls calls;

    ArticleTools(Pipeline pipeline, ToolArguments arguments, ToolCalls calls) {
        this.pipeline = pipeline;
        this.arguments = arguments;
        this.calls = calls;
    }

    ToolResponse translateArticle(Article asked, Progress progress) {
        return calls.run(TRANSLATE, () -> {
            AcceptedTask task = accept(asked);
            try (ProgressEvents events = ProgressEvents.segments(progress, task)) {
                return ToolResults.translation(pipeline.translate(task, events.sink()));
            }
        });
    }

    ToolResponse summarizeArticle(Article asked, Progress progress) {
        return calls.run(SUMMARIZE, () -> {
            AcceptedTask task = accept(asked);
            try (ProgressEvents events = ProgressEvents.bullets(progress)) {
                return ToolResults.summary(pipeline.summarize(task, events.sink()));
            }
        });
    }

    ToolResponse digestArticle(Article asked, Progress progress) {
        return calls.run(DIGEST, () -> {
            AcceptedTask task = accept(asked);
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
