package dev.tolk.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

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
import dev.tolk.llm.Usage;

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
    private final PromptTemplates prompts;
    private final Backends backends;
    private final ObjectMapper json;
    private final TieredCache<SegmentTranslation> cache;
    /** Chunks of one article are translated concurrently; virtual threads because each blocks on a model call. */
    private final ExecutorService chunkExecutor = Executors.newVirtualThreadPerTaskExecutor();

    TranslationService(ChunkPlanner planner, CheckedCall checkedCall, FidelityChecks checks, PromptTemplates prompts,
            Backends backends, ObjectMapper json, Caches caches) {
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
    public Translation translate(Article article, Source source, TargetVariant target, boolean refresh,
            Deadline deadline) {
        Prompt prompt = prompts.get(PROMPT);
        if (source.isEnglish()) {
            // Already English: returned as sent, nothing is spent.
            return new Translation(article.title(), article.paragraphs(), "none", prompt.version(), true, Usage.NONE,
                    source.warnings());
        }
        List<Segment> segments = segments(article, source.code(), target, prompt);
        Map<String, Segment> byKey = new LinkedHashMap<>();
        segments.forEach(s -> byKey.putIfAbsent(s.key(), s));

        Spend spend = new Spend();
        Map<String, Cached<SegmentTranslation>> done = deadline.await(cache.getAll(byKey.keySet(),
                missing -> load(missing, byKey, article, source, target, prompt, spend, deadline), refresh));

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
        if (warnings.stream().noneMatch(w -> w.code().equals(Warning.LANGUAGE))) {
            warnings.addAll(checks.checkArticle(article.paragraphs(), paragraphs));
        }
        return new Translation(title, List.copyOf(paragraphs), String.join(", ", models), prompt.version(),
                !spend.calledBackend(), spend.usage(), List.copyOf(warnings));
    }

    /** The title first (if any), then the paragraphs; each keyed by everything that changes its translation. */
    private List<Segment> segments(Article article, String source, TargetVariant target, Prompt prompt) {
        List<Segment> out = new ArrayList<>();
        String model = backends.primaryModel();
        article.title().ifPresent(t -> out.add(new Segment(t,
                CacheKey.of("title", t, source, target.code(), "", model, prompt.version()), "Title")));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            String p = article.paragraphs().get(i);
            out.add(new Segment(p, CacheKey.of("para", p, source, target.code(), "", model, prompt.version()),
                    "Paragraph " + (i + 1)));
        }
        return out;
    }

    private Map<String, Cached<SegmentTranslation>> load(Set<String> missingKeys, Map<String, Segment> byKey,
            Article article, Source source, TargetVariant target, Prompt prompt, Spend spend, Deadline deadline) {
        // Keep article order so every chunk reads as running text.
        List<String> keys = byKey.keySet().stream().filter(missingKeys::contains).toList();
        List<String> texts = keys.stream().map(k -> byKey.get(k).text()).toList();
        List<CompletableFuture<Map<String, Cached<SegmentTranslation>>>> calls = new ArrayList<>();
        for (List<Integer> chunk : planner.plan(texts)) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                List<String> chunkKeys = chunk.stream().map(keys::get).toList();
                List<String> chunkTexts = chunk.stream().map(texts::get).toList();
                Checked<List<String>> checked = checkedCall.call(request(article, chunkTexts, source, target, prompt),
                        reply -> SegmentsReply.parse(json, reply, chunkTexts.size()),
                        english -> numbered(chunkTexts, english), SegmentsReply::write, prompt, deadline, spend);
                LlmResult<List<String>> result = checked.result();
                Map<String, Cached<SegmentTranslation>> out = new HashMap<>();
                for (int i = 0; i < chunkKeys.size(); i++) {
                    List<Warning> problems = checks.checkSegment(chunkTexts.get(i), result.value().get(i), Map.of());
                    out.put(chunkKeys.get(i), new Cached<>(new SegmentTranslation(result.value().get(i), problems),
                            result.model(), result.cacheable() && problems.isEmpty()));
                }
                return out;
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

    /** The checks of a chunk, each warning naming its segment as the model sees it (1-based within the reply). */
    private List<Warning> numbered(List<String> danish, List<String> english) {
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < danish.size(); i++) {
            for (Warning w : checks.checkSegment(danish.get(i), english.get(i), Map.of())) {
                out.add(new Warning(w.code(), "segment " + (i + 1) + ": " + w.detail()));
            }
        }
        return out;
    }

    private LlmRequest request(Article article, List<String> texts, Source source, TargetVariant target,
            Prompt prompt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", article.title().orElse(null));
        payload.put("segments", texts);
        Map<String, String> vars = Map.of(
                "sourceLanguage", source.name(),
                "targetLanguage", target.language(),
                "spelling", target.spelling(),
                "segmentCount", String.valueOf(texts.size()),
                "article", ArticleFence.wrap(json, payload));
        return new LlmRequest(Prompt.render(prompt.system(), vars), Prompt.render(prompt.user(), vars),
                SegmentsReply.SCHEMA);
    }

    @PreDestroy
    void close() {
        chunkExecutor.shutdownNow();
    }

    /** @param label how warnings name it ("Title", "Paragraph 3") */
    private record Segment(String text, String key, String label) {
    }

}
