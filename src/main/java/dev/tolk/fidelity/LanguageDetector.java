package dev.tolk.fidelity;

import static com.github.pemistahl.lingua.api.Language.BOKMAL;
import static com.github.pemistahl.lingua.api.Language.DANISH;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FINNISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.ICELANDIC;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.NYNORSK;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.SWEDISH;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import io.quarkus.runtime.StartupEvent;

/**
 * Which language a text is in (Lingua, offline). Built from the languages a Danish desk meets, not all 75: fewer
 * models, less memory, and no exotic false positives. Low-accuracy mode (trigram models only): after detecting once
 * it holds ~14 MB of heap where high accuracy holds ~350 MB and takes ~10 times longer to load, and it tells English
 * from Danish as well; what it loses is telling Danish from Norwegian in a short sentence.
 */
@ApplicationScoped
public class LanguageDetector {

    private static final Logger LOG = Logger.getLogger(LanguageDetector.class);
    static final Language[] LANGUAGES = { ENGLISH, DANISH, BOKMAL, NYNORSK, SWEDISH, ICELANDIC, GERMAN, DUTCH, FRENCH,
            SPANISH, PORTUGUESE, ITALIAN, POLISH, FINNISH };

    /**
     * What an English output is most likely mistaken for or left in: the source's languages and the biggest
     * neighbours. Output checks run on every translated paragraph and Lingua's cost grows with the number of
     * languages (7 instead of 14 is 3.4 times cheaper on the seed article); a "not English" verdict is confirmed by
     * the full set, which also names the language right.
     */
    static final Language[] OUTPUT_SUSPECTS = { ENGLISH, DANISH, BOKMAL, SWEDISH, GERMAN, FRENCH, SPANISH };

    private final FidelityConfig.Language config;
    /**
     * Built on first use (loading Lingua's classes takes ~140 ms): with the warm-up off, an instance that never
     * detects costs nothing.
     */
    private volatile Lingua lingua;

    LanguageDetector(FidelityConfig config) {
        this.config = config.language();
    }

    /** The full set, and the suspects, which share its models: Lingua keeps loaded models in static maps. */
    private record Lingua(com.github.pemistahl.lingua.api.LanguageDetector all,
            com.github.pemistahl.lingua.api.LanguageDetector suspects) {
    }

    private Lingua detectors() {
        var l = lingua;
        if (l == null) {
            synchronized (this) {
                l = lingua;
                if (l == null) {
                    l = new Lingua(LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build(),
                            LanguageDetectorBuilder.fromLanguages(OUTPUT_SUSPECTS).withLowAccuracyMode().build());
                    lingua = l;
                }
            }
        }
        return l;
    }

    /**
     * The language of {@code text} as an ISO 639-1 code ({@code da}, {@code nb}, {@code nn}, {@code sv}, {@code en},
     * ...); empty when the text has too few letters to trust a verdict or no language wins.
     */
    public Optional<String> detect(String text) {
        return verdict(text).map(Verdict::code);
    }

    /** False only when the text is long enough to judge and clearly in another language; short texts get the benefit of the doubt. */
    public boolean isEnglish(String text) {
        return notEnglish(text).isEmpty();
    }

    /**
     * Whether function words alone show a Danish (or Norwegian) text: a clause of Danish function words and no English
     * reading, and the letters æ, ø or å, which Dutch and German, whose function words overlap Danish ones, do not
     * write. Without Lingua, whose 14 languages were most of an uncached request's detection cost. Leans to "no": an
     * unsure text goes to Lingua.
     */
    public boolean readsDanish(String text) {
        FunctionWords.Reading reading = FunctionWords.read(text);
        return reading.kind() == FunctionWords.Kind.NOT_ENGLISH && reading.nordicLetters();
    }

    /** The language the text is clearly in when that is not English. */
    Optional<Verdict> notEnglish(String text) {
        FunctionWords.Reading reading = FunctionWords.read(text);
        return reading.kind() == FunctionWords.Kind.MIXED ? Optional.of(new Verdict(DANISH, "da", 0))
                : notEnglish(text, reading);
    }

    /**
     * @param reading the text's first reading by function words: Lingua is asked only when that reading is unsure, or
     *                to name the language of a text that reads as not English at all; a MIXED text (English with a
     *                Danish passage) is the caller's to report
     */
    Optional<Verdict> notEnglish(String text, FunctionWords.Reading reading) {
        switch (reading.kind()) {
            case ENGLISH, MIXED:
                return Optional.empty();
            case NOT_ENGLISH:
                // No English function word and several Danish ones: Lingua names the language; where it cannot (too
                // short for it) or thinks it English, the function words stand.
                Optional<Verdict> named = verdict(text).filter(v -> !v.language().equals(ENGLISH));
                return named.isPresent() ? named : Optional.of(new Verdict(DANISH, "da", 0));
            default:
                if (verdict(text, config.sampleChars(), detectors().suspects()).filter(this::clearlyNotEnglish)
                        .isEmpty()) {
                    return Optional.empty();
                }
                return verdict(text).filter(this::clearlyNotEnglish);
        }
    }

    private boolean clearlyNotEnglish(Verdict v) {
        return !v.language().equals(ENGLISH) && v.englishConfidence() < config.englishMargin();
    }

    /** @param englishConfidence English's confidence relative to the winner (1.0 = as likely) */
    public record Verdict(Language language, String code, double englishConfidence) {

        /** The language's English name, as warnings and errors give it. */
        public String name() {
            String n = language.name().toLowerCase(Locale.ROOT);
            return NAMES.getOrDefault(language, Character.toUpperCase(n.charAt(0)) + n.substring(1));
        }

        private static final Map<Language, String> NAMES = Map.of(BOKMAL, "Norwegian Bokmål", NYNORSK,
                "Norwegian Nynorsk");
    }

    Optional<Verdict> verdict(String text) {
        return verdict(text, config.sampleChars());
    }

    /** @param sampleChars how much of the text's opening to read */
    public Optional<Verdict> verdict(String text, int sampleChars) {
        return verdict(text, sampleChars, detectors().all());
    }

    private Optional<Verdict> verdict(String text, int sampleChars, com.github.pemistahl.lingua.api.LanguageDetector lingua) {
        if (text == null || letters(text) < config.minLetters()) {
            return Optional.empty();
        }
        SortedMap<Language, Double> confidence = lingua.computeLanguageConfidenceValues(sample(text, sampleChars));
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        Language top = confidence.firstKey();
        if (top == Language.UNKNOWN) {
            return Optional.empty();
        }
        double english = confidence.getOrDefault(ENGLISH, 0.0);
        return Optional.of(new Verdict(top, top.getIsoCode639_1().name().toLowerCase(Locale.ROOT), english));
    }

    /**
     * The opening of a long text, cut at a space: Lingua's cost grows with the text (a hash lookup per n-gram and
     * language) while its verdict stops changing after a few hundred characters, and this check runs on every
     * translated paragraph.
     */
    private static String sample(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max);
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /**
     * Loads the models off the request path, so the first check does not pay for it; a little after start, so
     * the loading does not slow the start (see {@code warm-up-delay}). A request that comes first loads them itself.
     */
    void warmUp(@Observes StartupEvent event) {
        if (!config.warmUp()) {
            return;
        }
        Thread.ofVirtual().name("lingua-warm-up").start(() -> {
            try {
                Thread.sleep(config.warmUpDelay());
            } catch (InterruptedException e) {
                return;
            }
            long start = System.nanoTime();
            detectors().all().computeLanguageConfidenceValues("Det antages, at der er omkring 130 gidsler tilbage i Gaza.");
            detectors().all().computeLanguageConfidenceValues("It is believed that there are around 130 hostages left in Gaza.");
            LOG.debugf("Language models loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
        });
    }
}
