package dev.tolk.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.tolk.article.Article;
import dev.tolk.fidelity.LanguageDetector;
import dev.tolk.fidelity.Warning;

/**
 * Decides which language an article is translated from. {@code auto} detects it (Lingua): Danish, Norwegian and
 * Swedish are translated, English passes through untouched, anything else is refused (422). With {@code da} the
 * article is translated as Danish even when it looks like something else, with a warning; Scandinavian look-alikes
 * do not count, since short Danish passages are routinely detected as Norwegian.
 */
@ApplicationScoped
public class SourceLanguages {

    private static final Map<String, String> TRANSLATED = Map.of(
            "da", "Danish", "nb", "Norwegian", "nn", "Norwegian (Nynorsk)", "sv", "Swedish");

    private final LanguageDetector detector;
    /**
     * Verdicts by article opening. Detection runs on every request, and on a cache hit it was 80 % of the request's
     * CPU (Lingua weighs 14 languages); a desk re-sending a story, or many readers of one, ask about the same text.
     * Keyed by the text itself (at most {@value #SAMPLE_CHARS} characters), so no two openings can share a verdict.
     */
    private final Cache<String, Optional<LanguageDetector.Verdict>> verdicts = Caffeine.newBuilder()
            .maximumSize(4096).build();

    SourceLanguages(LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * @throws UnsupportedLanguageException for {@code auto} on a language tolk does not translate
     */
    public Source resolve(String requested, Article article) {
        String sample = sample(article);
        boolean danish = !"auto".equals(requested);
        if (danish && detector.readsDanish(sample)) {
            // Translated as Danish whatever it looks like: Lingua is asked only when a warning may be due.
            return new Source("da", TRANSLATED.get("da"), List.of());
        }
        Optional<LanguageDetector.Verdict> detected = detected(sample);
        if (danish) {
            List<Warning> warnings = detected.filter(v -> !TRANSLATED.containsKey(v.code()))
                    .map(v -> List.of(new Warning("source-language",
                            "The text looks like " + v.name() + ", not Danish; it was translated as Danish.")))
                    .orElse(List.of());
            return new Source("da", TRANSLATED.get("da"), warnings);
        }
        // Too little text to tell: Danish is what tolk is for.
        String code = detected.map(LanguageDetector.Verdict::code).orElse("da");
        if (code.equals("en")) {
            return new Source("en", "English", List.of());
        }
        if (!TRANSLATED.containsKey(code)) {
            throw new UnsupportedLanguageException(detected.get().name());
        }
        return new Source(code, TRANSLATED.get(code), List.of());
    }

    /**
     * Looked up, and else detected and stored, but never detected inside the cache's compute: Lingua runs its work on
     * {@code ForkJoinPool.commonPool()}, where Caffeine also runs its eviction, which can block on the very entry being
     * computed. On 2 cores (one common-pool worker) that deadlocked every new article under load (the bench's
     * 100-connection uncached run). Two requests with one new opening may both detect it: the verdict is the same.
     */
    private Optional<LanguageDetector.Verdict> detected(String sample) {
        Optional<LanguageDetector.Verdict> known = verdicts.getIfPresent(sample);
        if (known != null) {
            return known;
        }
        Optional<LanguageDetector.Verdict> verdict = detector.verdict(sample, SAMPLE_CHARS);
        verdicts.put(sample, verdict);
        return verdict;
    }

    /**
     * The opening of the article, up to {@value #SAMPLE_CHARS} characters: enough for Lingua to tell the language —
     * more than the output checks read, as Danish, Norwegian and Swedish are close — while detection runs on every
     * request, cache hits included, and its cost grows with the text.
     */
    private static String sample(Article article) {
        StringBuilder out = new StringBuilder(article.title().orElse(""));
        for (String p : article.paragraphs()) {
            if (out.length() >= SAMPLE_CHARS) {
                break;
            }
            out.append("\n\n").append(p);
        }
        return out.length() > SAMPLE_CHARS ? out.substring(0, SAMPLE_CHARS) : out.toString();
    }

    private static final int SAMPLE_CHARS = 600;
}
