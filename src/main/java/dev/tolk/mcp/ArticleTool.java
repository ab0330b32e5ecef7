package dev.tolk.mcp;

import static dev.tolk.mcp.ArticleArg.FORMAT;
import static dev.tolk.mcp.ArticleArg.GLOSSARY;
import static dev.tolk.mcp.ArticleArg.MAX_BULLETS;
import static dev.tolk.mcp.ArticleArg.SOURCE;
import static dev.tolk.mcp.ArticleArg.TARGET;
import static dev.tolk.mcp.ArticleArg.TEXT;
import static dev.tolk.mcp.ArticleArg.TITLE;

import java.util.List;

import dev.tolk.pipeline.Digest;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.translation.TranslationResponse;

/**
 * What a client sees of each tool besides its description (which is a prompt, {@code prompts/mcp.<name>.md}): name,
 * titles, the type its structured result follows, and its arguments in the order the input schema lists them. All three
 * are read-only, non-destructive, idempotent and closed-world: they only turn text into text.
 */
enum ArticleTool {

    TRANSLATE(ArticleTools.TRANSLATE, "Translate a Danish news article into English", "Translate article",
            TranslationResponse.class, List.of(TEXT, TITLE, TARGET, FORMAT, GLOSSARY, SOURCE)),
    SUMMARIZE(ArticleTools.SUMMARIZE, "Summarise a Danish news article in English bullets", "Summarise article",
            SummaryResponse.class, List.of(TEXT, TITLE, MAX_BULLETS, FORMAT, GLOSSARY, SOURCE)),
    DIGEST(ArticleTools.DIGEST, "Summarise and translate a Danish news article", "Digest article", Digest.class,
            List.of(TEXT, TITLE, MAX_BULLETS, TARGET, FORMAT, GLOSSARY, SOURCE));

    final String toolName;
    final String title;
    final String annotationTitle;
    final Class<?> output;
    final List<ArticleArg> args;

    ArticleTool(String toolName, String title, String annotationTitle, Class<?> output, List<ArticleArg> args) {
        this.toolName = toolName;
        this.title = title;
        this.annotationTitle = annotationTitle;
        this.output = output;
        this.args = args;
    }

    String promptFile() {
        return "mcp." + toolName + ".md";
    }
}
