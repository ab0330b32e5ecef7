package dev.tolk.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.article.Article;
import dev.tolk.article.ChunkPlanner;
import dev.tolk.cache.CacheKey;
import dev.tolk.cache.Cached;
import dev.tolk.cache.CacheKind;
import dev.tolk.cache.Caches;
import dev.tolk.cache.TieredCache;
import dev.tolk.fidelity.Warning;
import dev.tolk.glossary.Glossaries;
import dev.tolk.llm.Backends;
import dev.tolk.llm.DeadlineExceededException;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.PromptTemplates;
import dev.tolk.llm.Spend;
import dev.tolk.llm.TokenSink;
import dev.tolk.streaming.ItemStream;
import dev.tolk.task.AcceptedTask;

/**
 * English bullet summaries of a (Danish) article, cached per whole article and bullet count. An article over the
 * chunk budget is summarised chunk by chunk, then the partial bullets are merged in one more call (map-reduce), so
 * no single call gets more input than models handle reliably. Markdown and HTML are summarised as their plain text,
 * so bullets never carry markup.
 */
@ApplicationScoped
public class SummaryService {

    static final String PROMPT = "summarize";
    static final String REDUCE_PROMPT = "summarize-reduce";

    private final SummaryCalls calls;
    private final ChunkPlanner planner;
    private final Glossaries glossaries;
    private final PromptTemplates prompts;
    private final Backends backends;
    private final TieredCache<Bullets> cache;

    SummaryService(SummaryCalls calls, ChunkPlanner planner, Glossaries glossaries, PromptTemplates prompts,
            Backends backends, Caches caches) {
        this.calls = calls;
        this.planner = planner;
        this.glossaries = glossaries;
        this.prompts = prompts;
        this.backends = backends;
        this.cache = caches.create(new CacheKind<>("summary", Bullets.class,
                b -> b.items().stream().mapToInt(s -> 2 * s.text().length()).sum(), 0.25));
    }

    /**
     * @param stream null for a plain call; otherwise the bullets of the call that makes the final summary (the only
     *               call, or a long article's merge call) go to it as they arrive, and it is settled to the final
     *               bullets before this returns
     */
    public Summary summarize(AcceptedTask task, ItemStream stream) {
        TokenSink tokens = stream == null ? TokenSink.NONE : stream.reply(BulletsReply::streamedIndex, n -> List.of(n));
        Article article = task.plain();
        int maxBullets = task.asked().maxBullets();
        Prompt prompt = prompts.get(PROMPT);
        Prompt reduce = prompts.get(REDUCE_PROMPT);
        String danish = article.title().map(t -> t + "\n\n").orElse("") + String.join("\n\n", article.paragraphs());
        Map<String, String> glossary = glossaries.usedIn(danish, glossaries.withRequest(task.asked().glossary()));
        // Both prompt versions: whether an article is long depends on config, and either prompt shapes the result.
        String key = CacheKey.of("summary", article.title().orElse(""), String.join("\n\n", article.paragraphs()),
                task.source().code(), String.valueOf(maxBullets), Glossaries.fingerprint(glossary),
                backends.primaryModel(), prompt.version(), reduce.version());
        Spend spend = new Spend();
        Map<String, Cached<Bullets>> done;
        try {
            done = task.deadline().await(cache.getAll(Set.of(key), missing -> {
                SummaryCalls.Job job = new SummaryCalls.Job(article, task.source(), maxBullets, glossary,
                        task.deadline(), spend, tokens);
                List<List<Integer>> chunks = planner.plan(article.paragraphs());
                SummaryCalls.Outcome out = chunks.size() > 1 ? calls.mapReduce(job, chunks, prompt, reduce)
                        : calls.whole(job, prompt);
                return Map.of(key, new Cached<>(new Bullets(out.bullets(), out.warnings()), out.model(), out.cacheable()));
            }, task.asked().refresh()));
        } catch (DeadlineExceededException e) {
            cache.abandon(Set.of(key)); // see TieredCache.abandon
            throw e;
        }
        Cached<Bullets> summary = done.get(key);
        Summary result = new Summary(summary.value().items(), summary.model(), prompt.version(),
                !spend.calledBackend(), spend.usage(), concat(task.source().warnings(), summary.value().warnings()));
        if (stream != null) {
            stream.settle(result.bullets().stream().map(Bullet::text).toList());
        }
        return result;
    }

    private static List<Warning> concat(List<Warning> a, List<Warning> b) {
        List<Warning> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** Cached form of a summary (a record so it round-trips through the Redis L2 as JSON). */
    public record Bullets(List<Bullet> items, List<Warning> warnings) {
        public Bullets {
            items = items == null ? List.of() : List.copyOf(items);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }
}
