package dev.tolk.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.article.Article;
import dev.tolk.article.ChunkPlanner;
import dev.tolk.cache.CacheKey;
import dev.tolk.cache.Cached;
import dev.tolk.cache.Caches;
import dev.tolk.cache.TieredCache;
import dev.tolk.fidelity.CheckedCall;
import dev.tolk.fidelity.CheckedCall.Checked;
import dev.tolk.fidelity.FidelityChecks;
import dev.tolk.fidelity.Glossaries;
import dev.tolk.fidelity.SourceLanguages.Source;
import dev.tolk.fidelity.Warning;
import dev.tolk.llm.ArticleFence;
import dev.tolk.llm.Backends;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmRequest;
import dev.tolk.llm.LlmResult;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.PromptTemplates;
import dev.tolk.llm.Spend;
import dev.tolk.llm.TokenSink;
import dev.tolk.llm.Usage;
import dev.tolk.markup.Format;
import dev.tolk.markup.MarkupCheck;
import dev.tolk.streaming.ItemStream;

/**
 * Turns an article into English segment by segment (the title and each paragraph), caching each segment on its own so a
 * re-sent article with one paragraph edited costs one paragraph. Segments not in cache are sent in as few calls as
 * the chunk budget allows, chunks in parallel, each asking for a JSON array aligned with its input.
 */
@ApplicationScoped
public class TranslationService {

    static final String PROMPT = "translate";

    private final ChunkPlanner planner;
    private final CheckedCall checkedCall;
    private final FidelityChecks checks;
    private final Glossaries glossaries;
    /**
     * Chunks of one article in flight at once: a long article finishes in about the time of one call, while one
     * request cannot take the whole bulkhead.
     */
    private final int maxParallelChunks;
    private final PromptTemplates prompts;
    private final Backends backends;
    private final ObjectMapper json;
    private final TieredCache<SegmentTranslation> cache;
    /** Chunks of one article are translated concurrently; virtual threads because each blocks on a model call. */
    private final ExecutorService chunkExecutor = Executors.newVirtualThreadPerTaskExecutor();
    /** Segments of markdown and HTML carry placeholders: checked for them, and the other checks read around them. */
    @Inject
    MarkupCheck markup;

    TranslationService(ChunkPlanner planner, CheckedCall checkedCall, FidelityChecks checks, Glossaries glossaries,
            PromptTemplates prompts, Backends backends, ObjectMapper json, Caches caches,
            @ConfigProperty(name = "tolk.chunk.max-parallel", defaultValue = "4") int maxParallelChunks) {
        this.maxParallelChunks = maxParallelChunks;
        this.glossaries = glossaries;
        this.planner = planner;
        this.checkedCall = checkedCall;
        this.checks = checks;
        this.prompts = prompts;
        this.backends = backends;
        this.json = json;
        this.cache = caches.create("translation", SegmentTranslation.class, s -> 2 * s.text().length());
    }

    public String promptVersion() {
        return prompts.get(PROMPT).version();
    }

    /**
     * @param refresh skip cache reads and overwrite the entries (the client sent {@code Cache-Control: no-cache})
     */
    /**
     * @param requestGlossary the request's own glossary (may be null), laid over the house glossary
     */
    public Translation translate(Article article, Source source, TargetVariant target,
            Map<String, String> requestGlossary, boolean refresh, Deadline deadline) {
        return translate(article, Format.TEXT, source, target, requestGlossary, refresh, deadline);
    }

    /**
     * @param format the article's format: for markdown and HTML, the paragraphs are segments with {@code <xN>}
     *               placeholders (see {@code dev.tolk.markup}), and the format is part of their cache key
     */
    public Translation translate(Article article, Format format, Source source, TargetVariant target,
            Map<String, String> requestGlossary, boolean refresh, Deadline deadline) {
        return translate(article, format, source, target, requestGlossary, refresh, deadline, null);
    }

    /**
     * The same, streamed: segments (numbered in response order: the title first, if any) go to {@code stream} as
     * they arrive from the backend's streaming API, cached ones at once; placeholders are left out of what is
     * streamed. The caller settles the stream with the returned translation.
     *
     * @param stream null for a plain call
     */
    public Translation translate(Article article, Format format, Source source, TargetVariant target,
            Map<String, String> requestGlossary, boolean refresh, Deadline deadline, ItemStream stream) {
        Prompt prompt = prompts.get(PROMPT);
        Map<String, String> glossary = glossaries.withRequest(requestGlossary);
        if (source.isEnglish()) {
            // Already English: returned as sent, nothing is spent.
            return new Translation(article.title(), article.paragraphs(), "none", prompt.version(), true, Usage.NONE,
                    source.warnings());
        }
        List<Segment> segments = segments(article, format, source.code(), target, glossary, prompt);
        Map<String, Segment> byKey = new LinkedHashMap<>();
        segments.forEach(s -> byKey.putIfAbsent(s.key(), s));

        Function<List<String>, TokenSink> tokens = stream == null ? keys -> TokenSink.NONE
                : SegmentStreams.start(stream, segments.stream().map(Segment::key).toList(),
                        format.hasMarkup(), refresh, cache);
        Spend spend = new Spend();
        Map<String, Cached<SegmentTranslation>> done = deadline.await(cache.getAll(byKey.keySet(),
                missing -> load(missing, byKey, article, source, target, prompt, spend, deadline, tokens), refresh));

        List<String> translated = new ArrayList<>(segments.size());
        List<Warning> warnings = new ArrayList<>(source.warnings());
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
            warnings.addAll(format.hasMarkup()
                    ? checks.checkArticle(MarkupCheck.stripped(article.paragraphs()), MarkupCheck.stripped(paragraphs))
                    : checks.checkArticle(article.paragraphs(), paragraphs));
        }
        return new Translation(title, List.copyOf(paragraphs), String.join(", ", models), prompt.version(),
                !spend.calledBackend(), spend.usage(), List.copyOf(warnings));
    }

    /** The title first (if any), then the paragraphs; each keyed by everything that changes its translation. */
    private List<Segment> segments(Article article, Format format, String source, TargetVariant target,
            Map<String, String> glossary, Prompt prompt) {
        List<Segment> out = new ArrayList<>();
        // A paragraph's key names its format: a marked-up segment is restored differently per format, and never
        // shares an entry with plain text that happens to read the same.
        String kind = format.hasMarkup() ? "para-" + format.id() : "para";
        article.title().ifPresent(t -> out.add(segment("title", t, "Title", source, target, glossary, prompt)));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            out.add(segment(kind, article.paragraphs().get(i), "Paragraph " + (i + 1), source, target, glossary,
                    prompt));
        }
        return out;
    }

    private Segment segment(String kind, String text, String label, String source, TargetVariant target,
            Map<String, String> glossary, Prompt prompt) {
        Map<String, String> used = glossaries.usedIn(text, glossary);
        String key = CacheKey.of(kind, text, source, target.code(), Glossaries.fingerprint(used),
                backends.primaryModel(), prompt.version());
        return new Segment(text, key, label, used);
    }

    private Map<String, Cached<SegmentTranslation>> load(Set<String> missingKeys, Map<String, Segment> byKey,
            Article article, Source source, TargetVariant target, Prompt prompt, Spend spend, Deadline deadline,
            Function<List<String>, TokenSink> tokens) {
        // Keep article order so every chunk reads as running text.
        List<String> keys = byKey.keySet().stream().filter(missingKeys::contains).toList();
        List<String> texts = keys.stream().map(k -> byKey.get(k).text()).toList();
        List<Map<String, String>> used = keys.stream().map(k -> byKey.get(k).glossary()).toList();
        List<CompletableFuture<Map<String, Cached<SegmentTranslation>>>> calls = new ArrayList<>();
        Semaphore parallel = new Semaphore(maxParallelChunks);
        for (List<Integer> chunk : planner.plan(texts)) {
            List<String> chunkKeys = chunk.stream().map(keys::get).toList();
            List<String> chunkTexts = chunk.stream().map(texts::get).toList();
            List<Map<String, String>> chunkGlossaries = chunk.stream().map(used::get).toList();
            calls.add(CompletableFuture.supplyAsync(() -> {
                parallel.acquireUninterruptibly();
                try {
                    return translateChunk(chunkKeys, chunkTexts, chunkGlossaries, article, source, target, prompt,
                            spend, deadline, tokens.apply(chunkKeys));
                } finally {
                    parallel.release();
                }
            }, chunkExecutor));
        }
        // Wait for every chunk without this request's deadline: the load may be shared with other requests,
        // and the gateway already bounds each call (per-attempt timeout, retries stop at the deadline).
        Map<String, Cached<SegmentTranslation>> all = new HashMap<>();
        for (CompletableFuture<Map<String, Cached<SegmentTranslation>>> call : calls) {
            all.putAll(call.join());
        }
        return all;
    }

    private Map<String, Cached<SegmentTranslation>> translateChunk(List<String> keys, List<String> texts,
            List<Map<String, String>> glossaries, Article article, Source source, TargetVariant target, Prompt prompt,
            Spend spend, Deadline deadline, TokenSink tokens) {
        // The checks of each reply are computed once: CheckedCall needs them to decide on a re-ask, and the chosen
        // reply needs them again per segment (cacheability, warnings). They are the costliest CPU work per request.
        Map<List<String>, List<List<Warning>>> checked = new IdentityHashMap<>();
        Function<List<String>, List<List<Warning>>> perSegment = english -> checked.computeIfAbsent(english,
                e -> checkSegments(texts, glossaries, e));
        Checked<List<String>> reply = checkedCall.call(
                request(article, texts, glossaries, source, target, prompt).streaming(tokens),
                text -> SegmentsReply.parse(json, text, texts.size()),
                english -> numbered(perSegment.apply(english)), SegmentsReply::write, prompt, deadline, spend);
        LlmResult<List<String>> result = reply.result();
        List<List<Warning>> problems = perSegment.apply(result.value());
        Map<String, Cached<SegmentTranslation>> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), new Cached<>(new SegmentTranslation(result.value().get(i), problems.get(i)),
                    result.model(), result.cacheable() && problems.get(i).isEmpty()));
        }
        return out;
    }

    private List<List<Warning>> checkSegments(List<String> danish, List<Map<String, String>> glossaries,
            List<String> english) {
        List<List<Warning>> out = new ArrayList<>(danish.size());
        for (int i = 0; i < danish.size(); i++) {
            out.add(markup.checkSegment(checks, danish.get(i), english.get(i), glossaries.get(i)));
        }
        return out;
    }

    /** A chunk's warnings, each naming its segment as the model sees it (1-based within the reply). */
    private static List<Warning> numbered(List<List<Warning>> perSegment) {
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < perSegment.size(); i++) {
            for (Warning w : perSegment.get(i)) {
                out.add(new Warning(w.code(), "segment " + (i + 1) + ": " + w.detail()));
            }
        }
        return out;
    }

    private LlmRequest request(Article article, List<String> texts, List<Map<String, String>> glossaries,
            Source source, TargetVariant target, Prompt prompt) {
        Map<String, String> glossary = new TreeMap<>();
        glossaries.forEach(glossary::putAll);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", article.title().orElse(null));
        payload.put("segments", texts);
        Map<String, String> vars = Map.of(
                "sourceLanguage", source.name(),
                "targetLanguage", target.language(),
                "spelling", target.spelling(),
                "segmentCount", String.valueOf(texts.size()),
                "glossary", ArticleFence.json(json, glossary),
                "article", ArticleFence.wrap(json, payload));
        return new LlmRequest(Prompt.render(prompt.system(), vars), Prompt.render(prompt.user(), vars),
                SegmentsReply.SCHEMA);
    }

    @PreDestroy
    void close() {
        chunkExecutor.shutdownNow();
    }

    /**
     * @param label    how warnings name it ("Title", "Paragraph 3")
     * @param glossary the glossary entries it uses
     */
    private record Segment(String text, String key, String label, Map<String, String> glossary) {
    }

}
