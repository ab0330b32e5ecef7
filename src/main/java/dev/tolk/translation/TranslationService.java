package dev.tolk.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.article.Article;
import dev.tolk.article.ChunkPlanner;
import dev.tolk.cache.CacheKey;
import dev.tolk.cache.Cached;
import dev.tolk.cache.CacheKind;
import dev.tolk.cache.Caches;
import dev.tolk.cache.TieredCache;
import dev.tolk.calls.CheckedCall;
import dev.tolk.calls.ChunkFanOut;
import dev.tolk.fidelity.FidelityChecks;
import dev.tolk.fidelity.Warning;
import dev.tolk.glossary.Glossaries;
import dev.tolk.llm.Backends;
import dev.tolk.llm.DeadlineExceededException;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.PromptTemplates;
import dev.tolk.llm.Spend;
import dev.tolk.llm.TokenSink;
import dev.tolk.llm.Usage;
import dev.tolk.markup.Format;
import dev.tolk.markup.MarkupCheck;
import dev.tolk.streaming.ItemStream;
import dev.tolk.task.AcceptedTask;

/**
 * Turns an article into English segment by segment (the title and each paragraph), caching each segment on its own so a
 * re-sent article with one paragraph edited costs one paragraph. Segments not in cache are sent in as few calls as
 * the chunk budget allows, chunks in parallel, each asking for a JSON array aligned with its input
 * ({@link ChunkTranslation}).
 */
@ApplicationScoped
public class TranslationService {

    static final String PROMPT = "translate";

    /** What one translation needs besides its task; shared by every request. */
    record Tools(ChunkPlanner planner, ChunkFanOut fanOut, CheckedCall checkedCall, FidelityChecks checks,
            MarkupCheck markup, ObjectMapper json) {
    }

    private final Tools tools;
    private final Glossaries glossaries;
    private final PromptTemplates prompts;
    private final Backends backends;
    private final TieredCache<SegmentTranslation> cache;

    TranslationService(ChunkPlanner planner, ChunkFanOut fanOut, CheckedCall checkedCall, FidelityChecks checks,
            MarkupCheck markup, ObjectMapper json, Glossaries glossaries, PromptTemplates prompts, Backends backends,
            Caches caches) {
        this.tools = new Tools(planner, fanOut, checkedCall, checks, markup, json);
        this.glossaries = glossaries;
        this.prompts = prompts;
        this.backends = backends;
        // Most of the L1: an article is many paragraphs here, one summary there.
        this.cache = caches.create(new CacheKind<>("translation", SegmentTranslation.class,
                s -> 2 * s.text().length(), 0.75));
    }

    /**
     * The article's translation, segments from cache where they are, the rest from the backend.
     *
     * @param stream null for a plain call; otherwise segments (numbered in response order: the title first, if any)
     *               go to it as they arrive from the backend's streaming API, cached ones at once, placeholders left
     *               out, and it is settled to the final text before this returns
     */
    public Translation translate(AcceptedTask task, ItemStream stream) {
        Prompt prompt = prompts.get(PROMPT);
        if (task.source().isEnglish()) {
            // Already English: returned as sent, nothing is spent.
            Article article = task.article().article();
            Translation same = new Translation(article.title(), article.paragraphs(), "none", prompt.version(), true,
                    Usage.NONE, task.source().warnings());
            settle(stream, same, task.article().format());
            return same;
        }
        Format format = task.article().format();
        List<Segment> segments = segments(task, prompt);
        Map<String, Segment> byKey = new LinkedHashMap<>();
        segments.forEach(s -> byKey.putIfAbsent(s.key(), s));
        Function<List<String>, TokenSink> tokens = stream == null ? keys -> TokenSink.NONE
                : SegmentStreams.start(stream, segments.stream().map(Segment::key).toList(), format.hasMarkup(),
                        task.asked().refresh(), cache);
        ChunkTranslation chunks = new ChunkTranslation(tools, task, prompt, byKey, tokens);
        Map<String, Cached<SegmentTranslation>> done;
        try {
            done = task.deadline().await(cache.getAll(byKey.keySet(), chunks::load, task.asked().refresh()));
        } catch (DeadlineExceededException e) {
            cache.abandon(byKey.keySet());
            throw e;
        }
        Translation translation = assemble(task, segments, done, chunks.spend(), prompt);
        settle(stream, translation, format);
        return translation;
    }

    public String promptVersion() {
        return prompts.get(PROMPT).version();
    }

    private Translation assemble(AcceptedTask task, List<Segment> segments, Map<String, Cached<SegmentTranslation>> done,
            Spend spend, Prompt prompt) {
        Article article = task.article().article();
        List<String> translated = new ArrayList<>(segments.size());
        List<Warning> warnings = new ArrayList<>(task.source().warnings());
        Set<String> models = new TreeSet<>();
        for (Segment s : segments) {
            Cached<SegmentTranslation> c = done.get(s.key());
            translated.add(c.value().text());
            models.add(c.model());
            c.value().warnings().forEach(w -> warnings.add(new Warning(w.code(), s.label() + ": " + w.detail())));
        }
        Optional<String> title = article.title().map(t -> translated.get(0));
        List<String> paragraphs = article.title().isPresent() ? translated.subList(1, translated.size()) : translated;
        // Article-level checks only when this request produced something: a cache hit was checked when it was made.
        if (spend.calledBackend() && warnings.stream().noneMatch(w -> w.code().equals(Warning.LANGUAGE))) {
            warnings.addAll(task.article().format().hasMarkup()
                    ? tools.checks().checkArticle(MarkupCheck.stripped(article.paragraphs()),
                            MarkupCheck.stripped(paragraphs))
                    : tools.checks().checkArticle(article.paragraphs(), paragraphs));
        }
        return new Translation(title, List.copyOf(paragraphs), String.join(", ", models), prompt.version(),
                !spend.calledBackend(), spend.usage(), List.copyOf(warnings));
    }

    /** Markdown and HTML stream as a plain-text preview; the response has the document with its markup. */
    private static void settle(ItemStream stream, Translation t, Format format) {
        if (stream != null) {
            stream.settle(SegmentStreams.preview(t, format.hasMarkup()));
        }
    }

    /** The title first (if any), then the paragraphs; each keyed by everything that changes its translation. */
    private List<Segment> segments(AcceptedTask task, Prompt prompt) {
        Article article = task.article().article();
        Format format = task.article().format();
        Map<String, String> glossary = glossaries.withRequest(task.asked().glossary());
        List<Segment> out = new ArrayList<>();
        // A paragraph's key names its format: a marked-up segment is restored differently per format, and never
        // shares an entry with plain text that happens to read the same.
        String kind = format.hasMarkup() ? "para-" + format.id() : "para";
        article.title().ifPresent(t -> out.add(segment("title", t, "Title", task, glossary, prompt)));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            out.add(segment(kind, article.paragraphs().get(i), "Paragraph " + (i + 1), task, glossary, prompt));
        }
        return out;
    }

    private Segment segment(String kind, String text, String label, AcceptedTask task, Map<String, String> glossary,
            Prompt prompt) {
        Map<String, String> used = glossaries.usedIn(text, glossary);
        String key = CacheKey.of(kind, text, task.source().code(), task.asked().target().code(),
                Glossaries.fingerprint(used), backends.primaryModel(), prompt.version(), contextHash(task));
        return new Segment(text, key, label, used);
    }

    /**
     * The caller's context changes the translation, so it is in the key; as a hash, so a key never carries its text.
     */
    private static String contextHash(AcceptedTask task) {
        String context = task.asked().context();
        return context == null ? "" : CacheKey.of("context", context);
    }

    /**
     * @param label    how warnings name it ("Title", "Paragraph 3")
     * @param glossary the glossary entries it uses
     */
    record Segment(String text, String key, String label, Map<String, String> glossary) {
    }
}
