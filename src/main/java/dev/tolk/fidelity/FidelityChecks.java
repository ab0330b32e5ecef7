package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Deterministic checks that an English text says what its Danish source says: the same numbers, the same names, the
 * glossary's terms, the same number of paragraphs, in English, at a plausible length. No model is involved; each check
 * errs towards silence when a text is too short or too ambiguous to judge.
 * <p>
 * Every failed check is counted once per call in {@code tolk.fidelity.failures{check=...}}.
 */
@ApplicationScoped
public class FidelityChecks {

    static final String FAILURES = "tolk.fidelity.failures";

    private final FidelityConfig config;
    private final LanguageDetector languages;
    private final NameCheck names;
    private final BulletNames bulletNames;
    private final MeterRegistry registry;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    /**
     * What each Danish text says (its numbers and names), read once: a re-ask's reply is checked against the same
     * segments as the first reply, and a summary's bullets against the same article. Bounded by count: an entry is a
     * few hundred bytes beyond the text itself, which the caller holds anyway while it checks.
     */
    private final Cache<String, Source> sources = Caffeine.newBuilder().maximumSize(2048).build();

    /** A Danish text as the checks read it. */
    private record Source(List<NumberMention> numbers, List<NameCheck.Name> names) {
    }

    FidelityChecks(FidelityConfig config, LanguageDetector languages, MeterRegistry registry) {
        this.config = config;
        this.languages = languages;
        this.registry = registry;
        Exonyms table = Exonyms.load();
        this.names = new NameCheck(table);
        this.bulletNames = new BulletNames(names, table);
    }

    /**
     * Checks one translated segment (a title or a paragraph) against its Danish source: numbers, names, glossary terms,
     * and — when the segment is long enough to judge — that it is English and of plausible length. A segment that is
     * clearly not English gets only that warning: its numbers and names would only repeat it.
     *
     * @param glossary Danish term → required English rendering; may be empty
     * @return what is wrong; empty if the segment is faithful
     */
    public List<Warning> checkSegment(String danish, String english, Map<String, String> glossary) {
        List<Warning> out = new ArrayList<>();
        Optional<Warning> language = unchanged(danish, english).or(() -> language(english, "the English"));
        if (language.isPresent()) {
            out.add(language.get());
        } else {
            Source source = source(danish);
            out.addAll(NumberCheck.segment(source.numbers(), english));
            out.addAll(names.check(source.names(), new EnglishText(Scan.withoutCredits(english))));
            out.addAll(GlossaryCheck.check(danish, english, glossary));
        }
        length(danish.length(), english.length(), "the segment").ifPresent(out::add);
        return counted(out);
    }

    /**
     * Whole-article checks: as many English paragraphs as Danish ones, none of them empty, the English in English as a
     * whole, and its length within bounds of the Danish.
     */
    public List<Warning> checkArticle(List<String> danishParagraphs, List<String> englishParagraphs) {
        List<Warning> out = new ArrayList<>();
        if (danishParagraphs.size() != englishParagraphs.size()) {
            out.add(new Warning(Warning.PARAGRAPHS, "the Danish has " + danishParagraphs.size() + " paragraphs, the "
                    + "English " + englishParagraphs.size()));
        } else {
            for (int i = 0; i < danishParagraphs.size(); i++) {
                if (englishParagraphs.get(i).isBlank() && !danishParagraphs.get(i).isBlank()) {
                    out.add(new Warning(Warning.PARAGRAPHS, "paragraph " + (i + 1) + " is empty in the English"));
                }
            }
        }
        String english = String.join("\n\n", englishParagraphs);
        language(english, "the English").ifPresent(out::add);
        length(chars(danishParagraphs), chars(englishParagraphs), "the article").ifPresent(out::add);
        return counted(out);
    }

    /**
     * A summary bullet: in English (unless too short to tell), every number in it is in the Danish source — read
     * the English way in the bullet and the Danish way in the source — and so is every name it gives.
     */
    public List<Warning> checkBullet(String bullet, String danishSource) {
        return checkBullet(bullet, danishSource, danishSource);
    }

    /**
     * A partial bullet of one chunk of a long article: its numbers against the chunk, its names against the whole
     * article (a name from another part of the article is no invention; the merge call may well need it).
     */
    public List<Warning> checkBullet(String bullet, String danishSource, String articleDanish) {
        List<Warning> out = new ArrayList<>();
        language(bullet, "the bullet").ifPresent(out::add);
        out.addAll(NumberCheck.bullet(bullet, source(danishSource).numbers()));
        out.addAll(bulletNames.check(bullet, articleDanish));
        return counted(out);
    }

    /**
     * The paragraphs a bullet cites must exist (1..{@code paragraphCount}); an uncited bullet cannot be traced back
     * to the article, so it is flagged too.
     */
    public List<Warning> checkSources(List<Integer> sources, int paragraphCount) {
        if (sources.isEmpty()) {
            return counted(List.of(new Warning(Warning.SOURCES, "the bullet cites no paragraph")));
        }
        List<Integer> bad = sources.stream().filter(s -> s < 1 || s > paragraphCount).toList();
        return bad.isEmpty() ? List.of() : counted(List.of(new Warning(Warning.SOURCES, "the bullet cites paragraph(s) "
                + bad + " but the article has paragraphs 1 to " + paragraphCount)));
    }

    /** Forgets what it has read: the benchmark's way to measure a new article every time. */
    void forgetSources() {
        sources.invalidateAll();
    }

    private Source source(String danish) {
        return sources.get(danish, d -> new Source(DanishNumbers.find(d), names.find(d)));
    }

    private Optional<Warning> language(String text, String what) {
        FunctionWords.Reading reading = FunctionWords.read(text);
        if (reading.kind() == FunctionWords.Kind.MIXED) {
            return Optional.of(new Warning(Warning.LANGUAGE, what + " leaves Danish untranslated: \""
                    + reading.passage() + "\""));
        }
        return languages.notEnglish(text, reading).map(v -> new Warning(Warning.LANGUAGE,
                what + " is in " + v.name() + " (" + v.code() + "), not English"));
    }

    /**
     * The source handed back as its own translation: caught even when too short for language detection, if it is
     * more than a name or two (three words or more).
     */
    private static Optional<Warning> unchanged(String danish, String english) {
        String d = danish.strip();
        if (d.equals(english.strip()) && new Tokens(d).size() >= 3) {
            return Optional.of(new Warning(Warning.LANGUAGE, "the English is the Danish text, unchanged"));
        }
        return Optional.empty();
    }

    private Optional<Warning> length(int danishChars, int englishChars, String what) {
        FidelityConfig.Length bounds = config.length();
        if (danishChars < bounds.minChars()) {
            return Optional.empty();
        }
        double ratio = (double) englishChars / danishChars;
        if (ratio < bounds.minRatio()) {
            return Optional.of(new Warning(Warning.LENGTH, String.format(Locale.ROOT,
                    "%s is %d characters in English against %d in Danish (ratio %.2f, below %.2f): content is likely lost",
                    what, englishChars, danishChars, ratio, bounds.minRatio())));
        }
        if (ratio > bounds.maxRatio()) {
            return Optional.of(new Warning(Warning.LENGTH, String.format(Locale.ROOT,
                    "%s is %d characters in English against %d in Danish (ratio %.2f, above %.2f): content is likely added",
                    what, englishChars, danishChars, ratio, bounds.maxRatio())));
        }
        return Optional.empty();
    }

    private static int chars(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private List<Warning> counted(List<Warning> warnings) {
        Set<String> failed = new LinkedHashSet<>();
        warnings.forEach(w -> failed.add(w.code()));
        failed.forEach(code -> failures.computeIfAbsent(code, c -> Counter.builder(FAILURES)
                .description("Fidelity checks failed, by check (counted once per checked text)")
                .tag("check", c)
                .register(registry)).increment());
        return List.copyOf(warnings);
    }
}
