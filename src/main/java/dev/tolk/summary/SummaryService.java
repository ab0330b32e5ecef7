package dev.tolk.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.article.Article;
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

/** English bullet summaries of a (Danish) article, cached per whole article and bullet count. */
@ApplicationScoped
public class SummaryService {

    static final String PROMPT = "summarize";

    private final CheckedCall checkedCall;
    private final FidelityChecks checks;
    private final Glossaries glossaries;
    private final PromptTemplates prompts;
    private final Backends backends;
    private final ObjectMapper json;
    private final TieredCache<Bullets> cache;

    SummaryService(CheckedCall checkedCall, FidelityChecks checks, Glossaries glossaries, PromptTemplates prompts,
            Backends backends, ObjectMapper json, Caches caches) {
        this.glossaries = glossaries;
        this.checkedCall = checkedCall;
        this.checks = checks;
        this.prompts = prompts;
        this.backends = backends;
        this.json = json;
        this.cache = caches.create("summary", Bullets.class,
                b -> b.items().stream().mapToInt(s -> 2 * s.length()).sum());
    }

    /**
     * @param requestGlossary the request's own glossary (may be null), laid over the house glossary
     */
    public Summary summarize(Article article, Source source, int maxBullets, Map<String, String> requestGlossary,
            boolean refresh, Deadline deadline) {
        Prompt prompt = prompts.get(PROMPT);
        String danish = article.title().map(t -> t + "\n\n").orElse("") + String.join("\n\n", article.paragraphs());
        Map<String, String> glossary = glossaries.usedIn(danish, glossaries.withRequest(requestGlossary));
        String key = CacheKey.of("summary", article.title().orElse(""), String.join("\n\n", article.paragraphs()),
                source.code(), String.valueOf(maxBullets), Glossaries.fingerprint(glossary), backends.primaryModel(), prompt.version());
        Spend spend = new Spend();
        Map<String, Cached<Bullets>> done = deadline.await(cache.getAll(Set.of(key), missing -> {
            Checked<List<String>> checked = checkedCall.call(request(article, source, maxBullets, glossary, prompt),
                    reply -> BulletsReply.parse(json, reply, maxBullets), bullets -> check(bullets, danish),
                    BulletsReply::write, prompt, deadline, spend);
            LlmResult<List<String>> result = checked.result();
            return Map.of(key, new Cached<>(new Bullets(result.value(), checked.warnings()), result.model(),
                    result.cacheable() && checked.passed()));
        }, refresh));
        Cached<Bullets> summary = done.get(key);
        return new Summary(summary.value().items(), summary.model(), prompt.version(), !spend.calledBackend(),
                spend.usage(), concat(source.warnings(), summary.value().warnings()));
    }

    private List<Warning> check(List<String> bullets, String source) {
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < bullets.size(); i++) {
            for (Warning w : checks.checkBullet(bullets.get(i), source)) {
                out.add(new Warning(w.code(), "Bullet " + (i + 1) + ": " + w.detail()));
            }
        }
        return out;
    }

    private static List<Warning> concat(List<Warning> a, List<Warning> b) {
        List<Warning> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private LlmRequest request(Article article, Source source, int maxBullets, Map<String, String> glossary,
            Prompt prompt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", article.title().orElse(null));
        payload.put("paragraphs", article.paragraphs());
        Map<String, String> vars = Map.of(
                "sourceLanguage", source.name(),
                "maxBullets", String.valueOf(maxBullets),
                "glossary", ArticleFence.json(json, glossary),
                "article", ArticleFence.wrap(json, payload));
        return new LlmRequest(Prompt.render(prompt.system(), vars), Prompt.render(prompt.user(), vars),
                BulletsReply.SCHEMA);
    }

    /** Cached form of a summary (a record so it round-trips through the Redis L2 as JSON). */
    public record Bullets(List<String> items, List<Warning> warnings) {
        public Bullets {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }
}
