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
import dev.tolk.llm.ArticleFence;
import dev.tolk.llm.Backends;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmGateway;
import dev.tolk.llm.LlmRequest;
import dev.tolk.llm.LlmResult;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.PromptTemplates;
import dev.tolk.llm.Spend;

/**
 * Turns an article into English segment by segment (the title and each paragraph), caching each segment on its own so a
 * re-sent article with one paragraph edited costs one paragraph. Segments not in cache are sent in as few calls as
 * the chunk budget allows, chunks in parallel, each asking for a JSON array aligned with its input.
 */
@ApplicationScoped
public class TranslationService {

    static final String PROMPT = "translate";

    private final ChunkPlanner planner;
    private final LlmGateway gateway;
    private final PromptTemplates prompts;
    private final Backends backends;
    private final ObjectMapper json;
    private final TieredCache<String> cache;
    /** Chunks of one article are translated concurrently; virtual threads because each blocks on a model call. */
    private final ExecutorService chunkExecutor = Executors.newVirtualThreadPerTaskExecutor();

    TranslationService(ChunkPlanner planner, LlmGateway gateway, PromptTemplates prompts, Backends backends,
            ObjectMapper json, Caches caches) {
        this.planner = planner;
        this.gateway = gateway;
        this.prompts = prompts;
        this.backends = backends;
        this.json = json;
        this.cache = caches.create("translation", String.class, s -> 2 * s.length());
    }

    public String promptVersion() {
        return prompts.get(PROMPT).version();
    }

    /**
     * @param refresh skip cache reads and overwrite the entries (the client sent {@code Cache-Control: no-cache})
     */
    public Translation translate(Article article, String source, TargetVariant target, boolean refresh,
            Deadline deadline) {
        Prompt prompt = prompts.get(PROMPT);
        List<Segment> segments = segments(article, source, target, prompt);
        Map<String, Segment> byKey = new LinkedHashMap<>();
        segments.forEach(s -> byKey.putIfAbsent(s.key(), s));

        Spend spend = new Spend();
        Map<String, Cached<String>> done = deadline.await(cache.getAll(byKey.keySet(),
                missing -> load(missing, byKey, article, target, prompt, spend, deadline), refresh));

        List<String> translated = segments.stream().map(s -> done.get(s.key()).value()).toList();
        Set<String> models = new TreeSet<>();
        done.values().forEach(c -> models.add(c.model()));
        Optional<String> title = article.title().map(t -> translated.get(0));
        List<String> paragraphs = article.title().isPresent() ? translated.subList(1, translated.size()) : translated;
        return new Translation(title, List.copyOf(paragraphs), String.join(", ", models), prompt.version(),
                !spend.calledBackend(), spend.usage());
    }

    /** The title first (if any), then the paragraphs; each keyed by everything that changes its translation. */
    private List<Segment> segments(Article article, String source, TargetVariant target, Prompt prompt) {
        List<Segment> out = new ArrayList<>();
        String model = backends.primaryModel();
        article.title().ifPresent(t -> out.add(new Segment(t,
                CacheKey.of("title", t, source, target.code(), "", model, prompt.version()))));
        for (String p : article.paragraphs()) {
            out.add(new Segment(p, CacheKey.of("para", p, source, target.code(), "", model, prompt.version())));
        }
        return out;
    }

    private Map<String, Cached<String>> load(Set<String> missingKeys, Map<String, Segment> byKey, Article article,
            TargetVariant target, Prompt prompt, Spend spend, Deadline deadline) {
        // Keep article order so every chunk reads as running text.
        List<String> keys = byKey.keySet().stream().filter(missingKeys::contains).toList();
        List<String> texts = keys.stream().map(k -> byKey.get(k).text()).toList();
        List<CompletableFuture<Map<String, Cached<String>>>> calls = new ArrayList<>();
        for (List<Integer> chunk : planner.plan(texts)) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                List<String> chunkKeys = chunk.stream().map(keys::get).toList();
                List<String> chunkTexts = chunk.stream().map(texts::get).toList();
                LlmResult<List<String>> result = gateway.call(request(article, chunkTexts, target, prompt),
                        reply -> SegmentsReply.parse(json, reply, chunkTexts.size()), deadline);
                spend.add(result.usage());
                Map<String, Cached<String>> out = new HashMap<>();
                for (int i = 0; i < chunkKeys.size(); i++) {
                    out.put(chunkKeys.get(i), new Cached<>(result.value().get(i), result.model(), result.cacheable()));
                }
                return out;
            }, chunkExecutor));
        }
        // Wait for every chunk without this request's deadline: the load may be shared with other requests,
        // and the gateway already bounds each call (per-attempt timeout, retries stop at the deadline).
        Map<String, Cached<String>> all = new HashMap<>();
        for (CompletableFuture<Map<String, Cached<String>>> call : calls) {
            all.putAll(call.join());
        }
        return all;
    }

    private LlmRequest request(Article article, List<String> texts, TargetVariant target, Prompt prompt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", article.title().orElse(null));
        payload.put("segments", texts);
        Map<String, String> vars = Map.of(
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

    private record Segment(String text, String key) {
    }

}
