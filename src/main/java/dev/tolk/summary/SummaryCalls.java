package dev.tolk.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.article.Article;
import dev.tolk.calls.CheckedCall;
import dev.tolk.calls.CheckedCall.Checked;
import dev.tolk.calls.ChunkFanOut;
import dev.tolk.fidelity.FidelityChecks;
import dev.tolk.fidelity.Warning;
import dev.tolk.language.Source;
import dev.tolk.llm.ArticleFence;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmRequest;
import dev.tolk.llm.LlmResult;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.Spend;
import dev.tolk.llm.TokenSink;

/**
 * The model calls behind a summary: one call for an article within the chunk budget; otherwise one call per chunk
 * (in parallel, bounded) and a reduce call merging the partial bullets. Every call is checked and re-asked once;
 * sources are always checked and returned in the article's own paragraph numbering.
 */
@ApplicationScoped
class SummaryCalls {

    private final CheckedCall checkedCall;
    private final FidelityChecks checks;
    private final ObjectMapper json;
    private final ChunkFanOut fanOut;

    SummaryCalls(CheckedCall checkedCall, FidelityChecks checks, ObjectMapper json, ChunkFanOut fanOut) {
        this.checkedCall = checkedCall;
        this.checks = checks;
        this.json = json;
        this.fanOut = fanOut;
    }

    /**
     * What one summary needs, whichever way it is made.
     *
     * @param tokens where the final summary's call streams its reply ({@link TokenSink#NONE}: not streamed)
     */
    record Job(Article article, Source source, int maxBullets, Map<String, String> glossary, Deadline deadline,
            Spend spend, TokenSink tokens) {
        String danish() {
            return article.title().map(t -> t + "\n\n").orElse("") + String.join("\n\n", article.paragraphs());
        }
    }

    /** The summary and whether it may be cached (every call it rests on was cacheable and passed). */
    record Outcome(List<Bullet> bullets, String model, List<Warning> warnings, boolean cacheable) {
    }

    Outcome whole(Job job, Prompt prompt) {
        Checked<List<Bullet>> checked = summarize(job, job.article().paragraphs(), job.danish(), prompt, job.tokens());
        return outcome(checked, List.of(), true, job.article().paragraphs().size());
    }

    Outcome mapReduce(Job job, List<List<Integer>> chunks, Prompt prompt, Prompt reduce) {
        List<Checked<List<Bullet>>> parts = fanOut.run(chunks, chunk -> {
            List<String> paragraphs = chunk.stream().map(job.article().paragraphs()::get).toList();
            String danish = job.article().title().map(t -> t + "\n\n").orElse("") + String.join("\n\n", paragraphs);
            // Partial bullets are not the summary: only the merge call streams.
            return summarize(job, paragraphs, danish, prompt, TokenSink.NONE);
        });
        List<Bullet> partial = new ArrayList<>();
        List<Warning> partWarnings = new ArrayList<>();
        boolean partsCacheable = true;
        for (int p = 0; p < parts.size(); p++) {
            Checked<List<Bullet>> part = parts.get(p);
            partial.addAll(renumber(part.result().value(), chunks.get(p)));
            int n = p + 1;
            part.warnings().forEach(w -> partWarnings.add(new Warning(w.code(), "Part " + n + ", " + w.detail())));
            partsCacheable &= part.result().cacheable();
        }
        Checked<List<Bullet>> merged = checkedCall.call(reduceRequest(job, partial, reduce).streaming(job.tokens()),
                reply -> BulletsReply.parse(json, reply, job.maxBullets()),
                bullets -> check(bullets, job.danish(), job.danish(), job.article().paragraphs().size()),
                BulletsReply::write, reduce, job.deadline(), job.spend());
        return outcome(merged, partWarnings, partsCacheable, job.article().paragraphs().size());
    }

    /**
     * Sources the article does not have are dropped from what clients get (they would index paragraphs with them);
     * the warning keeps what the model cited.
     */
    private Outcome outcome(Checked<List<Bullet>> checked, List<Warning> earlier, boolean earlierCacheable,
            int paragraphCount) {
        LlmResult<List<Bullet>> result = checked.result();
        List<Warning> warnings = new ArrayList<>(earlier);
        warnings.addAll(checked.warnings());
        List<Bullet> bullets = result.value().stream().map(b -> new Bullet(b.text(),
                b.sources().stream().filter(s -> s >= 1 && s <= paragraphCount).toList())).toList();
        return new Outcome(bullets, result.model(), List.copyOf(warnings),
                earlierCacheable && result.cacheable() && warnings.isEmpty());
    }

    /** One summary call over {@code paragraphs}, whose sources are numbered 1..n within them. */
    private Checked<List<Bullet>> summarize(Job job, List<String> paragraphs, String danish, Prompt prompt,
            TokenSink tokens) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", job.article().title().orElse(null));
        payload.put("paragraphs", paragraphs);
        return checkedCall.call(request(job, payload, prompt, Map.of()).streaming(tokens),
                reply -> BulletsReply.parse(json, reply, job.maxBullets()),
                bullets -> check(bullets, danish, job.danish(), paragraphs.size()), BulletsReply::write, prompt,
                job.deadline(), job.spend());
    }

    /** A chunk's bullets cite paragraphs 1..k of the chunk; the reduce call needs the article's own numbers. */
    private static List<Bullet> renumber(List<Bullet> bullets, List<Integer> chunk) {
        return bullets.stream().map(b -> new Bullet(b.text(), b.sources().stream()
                .filter(s -> s >= 1 && s <= chunk.size()).map(s -> chunk.get(s - 1) + 1).toList())).toList();
    }

    private LlmRequest reduceRequest(Job job, List<Bullet> partial, Prompt reduce) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", job.article().title().orElse(null));
        payload.put("paragraphCount", job.article().paragraphs().size());
        payload.put("partialBullets", partial);
        return request(job, payload, reduce,
                Map.of("paragraphCount", String.valueOf(job.article().paragraphs().size())));
    }

    private LlmRequest request(Job job, Map<String, Object> payload, Prompt prompt, Map<String, String> extra) {
        Map<String, String> vars = new LinkedHashMap<>(extra);
        vars.put("sourceLanguage", job.source().name());
        vars.put("maxBullets", String.valueOf(job.maxBullets()));
        vars.put("glossary", job.glossary().isEmpty() ? "" : ArticleFence.json(json, job.glossary()));
        vars.put("article", ArticleFence.wrap(json, payload));
        return new LlmRequest(Prompt.render(prompt.system(), vars), Prompt.render(prompt.user(), vars),
                BulletsReply.SCHEMA);
    }

    /** Checks per bullet, each warning naming its bullet as the model numbered it. */
    /** @param article the whole article's Danish: what a chunk's bullets may name */
    private List<Warning> check(List<Bullet> bullets, String danish, String article, int paragraphCount) {
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < bullets.size(); i++) {
            List<Warning> found = new ArrayList<>(checks.checkBullet(bullets.get(i).text(), danish, article));
            found.addAll(checks.checkSources(bullets.get(i).sources(), paragraphCount));
            for (Warning w : found) {
                out.add(new Warning(w.code(), "Bullet " + (i + 1) + ": " + w.detail()));
            }
        }
        return out;
    }
}
