package dev.tolk.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import dev.tolk.cache.Cached;
import dev.tolk.calls.CheckedCall.Checked;
import dev.tolk.fidelity.Warning;
import dev.tolk.llm.ArticleFence;
import dev.tolk.llm.LlmRequest;
import dev.tolk.llm.LlmResult;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.Spend;
import dev.tolk.llm.TokenSink;
import dev.tolk.task.AcceptedTask;
import dev.tolk.translation.TranslationService.Segment;
import dev.tolk.translation.TranslationService.Tools;

/**
 * The backend side of one request's translation: the segments the cache is missing, planned into chunks, fanned out,
 * each chunk one checked model call whose segments come back as cache entries (cacheable only when they passed).
 */
final class ChunkTranslation {

    private final Tools tools;
    private final AcceptedTask task;
    private final Prompt prompt;
    private final Map<String, Segment> byKey;
    private final Function<List<String>, TokenSink> tokens;
    private final Spend spend = new Spend();

    /**
     * @param byKey  the article's distinct segments by cache key, in article order
     * @param tokens for a chunk's keys, where its streamed reply goes
     */
    ChunkTranslation(Tools tools, AcceptedTask task, Prompt prompt, Map<String, Segment> byKey,
            Function<List<String>, TokenSink> tokens) {
        this.tools = tools;
        this.task = task;
        this.prompt = prompt;
        this.byKey = byKey;
        this.tokens = tokens;
    }

    /** What this request spent on backends (nothing when the cache, or another request's call, had everything). */
    Spend spend() {
        return spend;
    }

    /** The cache's loader: translations of the segments it is missing. */
    Map<String, Cached<SegmentTranslation>> load(Set<String> missingKeys) {
        // Keep article order so every chunk reads as running text.
        List<Segment> missing = byKey.values().stream().filter(s -> missingKeys.contains(s.key())).toList();
        List<List<Integer>> chunks = tools.planner().plan(missing.stream().map(Segment::text).toList());
        Map<String, Cached<SegmentTranslation>> all = new HashMap<>();
        tools.fanOut().run(chunks, chunk -> translate(chunk.stream().map(missing::get).toList())).forEach(all::putAll);
        return all;
    }

    private Map<String, Cached<SegmentTranslation>> translate(List<Segment> chunk) {
        List<String> keys = chunk.stream().map(Segment::key).toList();
        // The checks of each reply are computed once: CheckedCall needs them to decide on a re-ask, and the chosen
        // reply needs them again per segment (cacheability, warnings). They are the costliest CPU work per request.
        Map<List<String>, List<List<Warning>>> checked = new IdentityHashMap<>();
        Function<List<String>, List<List<Warning>>> perSegment = english -> checked.computeIfAbsent(english,
                e -> check(chunk, e));
        Checked<List<String>> reply = tools.checkedCall().call(request(chunk).streaming(tokens.apply(keys)),
                text -> SegmentsReply.parse(tools.json(), text, chunk.size()),
                english -> numbered(perSegment.apply(english)), SegmentsReply::write, prompt, task.deadline(), spend);
        LlmResult<List<String>> result = reply.result();
        List<List<Warning>> problems = perSegment.apply(result.value());
        Map<String, Cached<SegmentTranslation>> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), new Cached<>(new SegmentTranslation(result.value().get(i), problems.get(i)),
                    result.model(), result.cacheable() && problems.get(i).isEmpty()));
        }
        return out;
    }

    private List<List<Warning>> check(List<Segment> chunk, List<String> english) {
        List<List<Warning>> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Segment s = chunk.get(i);
            out.add(tools.markup().checkSegment(tools.checks(), s.text(), english.get(i), s.glossary()));
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

    private LlmRequest request(List<Segment> chunk) {
        Map<String, String> glossary = new TreeMap<>();
        chunk.forEach(s -> glossary.putAll(s.glossary()));
        List<String> texts = chunk.stream().map(Segment::text).toList();
        String context = task.asked().context();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", task.article().article().title().orElse(null));
        payload.put("segments", texts);
        Map<String, String> vars = Map.of(
                "sourceLanguage", task.source().name(),
                "targetLanguage", task.asked().target().language(),
                "spelling", task.asked().target().spelling(),
                "segmentCount", String.valueOf(texts.size()),
                "glossary", glossary.isEmpty() ? "" : ArticleFence.json(tools.json(), glossary),
                // Untrusted like the article: JSON-encoded in its own fence, before the article's ("" leaves it out).
                "context", context == null ? "" : ArticleFence.json(tools.json(), context),
                "article", ArticleFence.wrap(tools.json(), payload));
        return new LlmRequest(Prompt.render(prompt.system(), vars), Prompt.render(prompt.user(), vars),
                SegmentsReply.SCHEMA);
    }
}
