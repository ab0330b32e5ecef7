package dev.tolk.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import dev.tolk.testing.Fixtures;

class LanguageDetectorTest {

    private static final Logger LOG = Logger.getLogger(LanguageDetectorTest.class);
    private static final LanguageDetector DETECTOR = FidelityTesting.DETECTOR;

    @Test
    void theSeedsParagraphsAreDanishAndTheirTranslationsEnglish() {
        for (String danish : Fixtures.seedParagraphs()) {
            if (letters(danish) >= 40) {
                assertThat(DETECTOR.detect(danish)).as(danish).contains("da");
                assertThat(DETECTOR.isEnglish(danish)).as(danish).isFalse();
            }
        }
        for (String english : Fixtures.seedEnglish()) {
            assertThat(DETECTOR.isEnglish(english)).as(english).isTrue();
            if (letters(english) >= 40) {
                assertThat(DETECTOR.detect(english)).as(english).contains("en");
            }
        }
        assertThat(DETECTOR.detect(Fixtures.seedDanish())).contains("da");
        assertThat(DETECTOR.detect(String.join("\n\n", Fixtures.seedEnglish()))).contains("en");
    }

    @Test
    void otherNordicAndEuropeanLanguages() {
        assertThat(DETECTOR.detect("Statsminister Ulf Kristersson säger att regeringen vill öka anslagen till försvaret "
                + "nästa år.")).contains("sv");
        assertThat(DETECTOR.detect("Statsminister Jonas Gahr Støre sier at regjeringen vil øke bevilgningene til "
                + "forsvaret neste år.")).contains("nb");
        assertThat(DETECTOR.detect("Bundeskanzler Olaf Scholz sagte am Mittwoch, die Regierung werde die Ausgaben für "
                + "die Verteidigung erhöhen.")).contains("de");
        assertThat(DETECTOR.isEnglish("Le président a déclaré mercredi que le gouvernement augmenterait les dépenses de "
                + "défense.")).isFalse();
    }

    /** The cheap reading that spares Lingua for a Danish source says "Danish" only where Lingua would. */
    @Test
    void readsDanishOnlyWhatIsDanish() {
        assertThat(DETECTOR.readsDanish(Fixtures.seedDanish())).isTrue();
        for (String danish : Fixtures.seedParagraphs()) {
            if (DETECTOR.readsDanish(danish)) {
                assertThat(DETECTOR.detect(danish).orElse("da")).as(danish).isIn("da", "nb", "nn", "sv");
            }
        }
        assertThat(DETECTOR.readsDanish(String.join("\n\n", Fixtures.seedEnglish()))).isFalse();
        // Dutch and German share function words with Danish (de, en, op, er, der, den) but not æ, ø and å.
        assertThat(DETECTOR.readsDanish("Hij zei dat de man op de fiets er was en dat de vrouw om tien uur op het "
                + "station stond.")).isFalse();
        assertThat(DETECTOR.readsDanish("Er sagte, der Mann habe den Hund in den Garten gebracht, und die Frau sei "
                + "nach Hause gegangen.")).isFalse();
        assertThat(DETECTOR.readsDanish("Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday for talks.")).isFalse();
    }

    @Test
    void tooShortToJudgeGetsTheBenefitOfTheDoubt() {
        assertThat(DETECTOR.detect("Over 52.000 andre er sårede.")).isEmpty();
        assertThat(DETECTOR.isEnglish("Over 52.000 andre er sårede.")).isTrue();
        assertThat(DETECTOR.isEnglish("Hamas leader Ismail Haniyeh in Cairo")).isTrue();
    }

    @Test
    void englishFullOfDanishNamesIsStillEnglish() {
        assertThat(DETECTOR.isEnglish("Prime Minister Mette Frederiksen visited Christiansborg today with the Speaker of "
                + "the Folketing.")).isTrue();
        assertThat(DETECTOR.isEnglish("On Tuesday, the Ministry of Health in the Gaza Strip, which is controlled by Hamas, "
                + "announced that 19,667 people have been registered as killed.")).isTrue();
    }

    @Test
    void theMinimumLengthIsConfigurable() {
        LanguageDetector strict = new LanguageDetector(FidelityTesting.config(Map.of("tolk.fidelity.language.min-letters",
                "10")));
        assertThat(strict.detect("Dødstallet i Gazastriben nærmer sig 20.000.")).isPresent();
        assertThat(strict.isEnglish("Dødstallet i Gazastriben nærmer sig 20.000.")).isFalse();
    }

    /**
     * What the detector costs: heap retained after building it and detecting once (Lingua loads its models then), and
     * the time that first detection takes. Logged for the record; the bound keeps a switch to high-accuracy mode (~350
     * MB) or to all 75 languages from slipping in unnoticed.
     */
    @Test
    void memoryAndFirstDetectionCost() {
        var lingua = LanguageDetectorBuilder.fromLanguages(LanguageDetector.LANGUAGES).withLowAccuracyMode().build();
        lingua.unloadLanguageModels(); // the models are static: start from none
        long before = usedHeap();
        long start = System.nanoTime();
        var fresh = LanguageDetectorBuilder.fromLanguages(LanguageDetector.LANGUAGES).withLowAccuracyMode().build();
        fresh.detectLanguageOf(Fixtures.seedParagraphs().get(0));
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        long retainedMb = (usedHeap() - before) / (1024 * 1024);
        LOG.infof("Lingua (%d languages, low accuracy): %d MB heap retained after building and detecting once; first "
                + "detection %d ms", LanguageDetector.LANGUAGES.length, retainedMb, firstMs);
        assertThat(retainedMb).isLessThan(48);
        assertThat(DETECTOR.detect(Fixtures.seedParagraphs().get(0))).contains("da");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    @Test
    void languagesAreALimitedSet() {
        assertThat(List.of(LanguageDetector.LANGUAGES)).hasSizeLessThan(20).contains(
                com.github.pemistahl.lingua.api.Language.ENGLISH, com.github.pemistahl.lingua.api.Language.DANISH,
                com.github.pemistahl.lingua.api.Language.BOKMAL, com.github.pemistahl.lingua.api.Language.NYNORSK,
                com.github.pemistahl.lingua.api.Language.SWEDISH);
    }
}
