package dev.tolk.task;

import java.util.Map;

import dev.tolk.language.TargetVariant;
import dev.tolk.llm.Deadline;
import dev.tolk.markup.Format;

/**
 * What a caller asks of tolk for one article, as it was sent: built once by the way in that received it (REST, SSE,
 * DeepL, LibreTranslate, MCP, a job) and handed to the pipeline, which reads and checks it ({@link AcceptedTask}).
 * Which job is done with it (translate, summarise, both) is the pipeline method called.
 *
 * @param title      headline, or null
 * @param text       the body: plain text with paragraphs separated by blank lines, or markdown or HTML
 * @param format     what {@code text} is written in
 * @param source     {@code da} (translate as Danish) or {@code auto} (detect)
 * @param target     the English asked for
 * @param glossary   the caller's own required renderings, laid over the house glossary; never null
 * @param context    background the caller gave for the text (e.g. DeepL's {@code context}): shown to the model, never
 *                   translated, part of each segment's cache key only as a hash; null when none
 * @param maxBullets most bullets a summary may have
 * @param refresh    skip cache reads and overwrite what is cached (a client's {@code Cache-Control: no-cache})
 * @param deadline   when the answer is due; null means the configured deadline, counted from when it is accepted
 */
public record ArticleTask(String title, String text, Format format, String source, TargetVariant target,
        Map<String, String> glossary, String context, int maxBullets, boolean refresh, Deadline deadline) {

    /** Bullets in a summary when the caller does not say. */
    public static final int DEFAULT_BULLETS = 5;

    public ArticleTask {
        format = format == null ? Format.TEXT : format;
        source = source == null ? "da" : source;
        target = target == null ? TargetVariant.EN : target;
        glossary = glossary == null ? Map.of() : Map.copyOf(glossary);
        context = context == null || context.isBlank() ? null : context;
    }

    /** A task for {@code text} (and a title, or null) with every option at its default. */
    public static ArticleTask of(String title, String text) {
        return new ArticleTask(title, text, Format.TEXT, "da", TargetVariant.EN, Map.of(), null, DEFAULT_BULLETS,
                false, null);
    }

    public ArticleTask withFormat(Format f) {
        return new ArticleTask(title, text, f, source, target, glossary, context, maxBullets, refresh, deadline);
    }

    public ArticleTask withSource(String s) {
        return new ArticleTask(title, text, format, s, target, glossary, context, maxBullets, refresh, deadline);
    }

    public ArticleTask withTarget(TargetVariant t) {
        return new ArticleTask(title, text, format, source, t, glossary, context, maxBullets, refresh, deadline);
    }

    public ArticleTask withGlossary(Map<String, String> g) {
        return new ArticleTask(title, text, format, source, target, g, context, maxBullets, refresh, deadline);
    }

    /** Background for the translation, not to be translated (only translations read it; summaries do not). */
    public ArticleTask withContext(String c) {
        return new ArticleTask(title, text, format, source, target, glossary, c, maxBullets, refresh, deadline);
    }

    public ArticleTask withMaxBullets(int n) {
        return new ArticleTask(title, text, format, source, target, glossary, context, n, refresh, deadline);
    }

    public ArticleTask withRefresh(boolean r) {
        return new ArticleTask(title, text, format, source, target, glossary, context, maxBullets, r, deadline);
    }

    public ArticleTask withDeadline(Deadline d) {
        return new ArticleTask(title, text, format, source, target, glossary, context, maxBullets, refresh, d);
    }
}
