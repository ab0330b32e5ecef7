package dev.tolk.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The checks on the seed article against stub replies, as the services will run them: segment by segment, then whole. */
class FidelityChecksTest {

    private static final List<String> DANISH = Fixtures.seedParagraphs();
    private static final List<String> ENGLISH = Fixtures.seedEnglish();

    private SimpleMeterRegistry registry;
    private FidelityChecks checks;

    @BeforeEach
    void setUp() {
        registry = new SimpleMeterRegistry();
        checks = FidelityTesting.checks(registry);
    }

    /** Every segment's warnings, prefixed with its paragraph number, then the article's. */
    private List<String> run(List<String> english) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(DANISH.size(), english.size()); i++) {
            for (Warning w : checks.checkSegment(DANISH.get(i), english.get(i), Map.of())) {
                out.add("P" + (i + 1) + " " + w.code() + ": " + w.detail());
            }
        }
        for (Warning w : checks.checkArticle(DANISH, english)) {
            out.add("article " + w.code() + ": " + w.detail());
        }
        return out;
    }

    private List<String> replaced(int paragraph, String english) {
        List<String> out = new ArrayList<>(ENGLISH);
        out.set(paragraph, english);
        return out;
    }

    private double failures(String check) {
        var counter = registry.find(FidelityChecks.FAILURES).tag("check", check).counter();
        return counter == null ? 0 : counter.count();
    }

    // --- the four stub replies

    @Test
    void theFaithfulTranslationHasNoWarnings() {
        assertThat(run(ENGLISH)).isEmpty();
        assertThat(registry.find(FidelityChecks.FAILURES).counters()).isEmpty();
    }

    /** Free but faithful wording: other word order, Gaza for Gazastriben, "Israeli President", "October 7", 80%. */
    @Test
    void anotherFaithfulWordingAlsoPasses() {
        List<String> english = List.of(
                "Hamas's leader, Ismail Haniyeh, came to Cairo on Wednesday to hold talks with Egyptian officials, "
                        + "Reuters writes.",
                "According to a Hamas statement, the talks will focus especially on the development of the war with "
                        + "Israel in Gaza.",
                "On Tuesday night, the US outlet Axios wrote that Israel had reportedly offered to pause the war in Gaza "
                        + "for at least one week in return for the release of more hostages. Axios quotes two 'Israeli "
                        + "officials' and 'an informed source'.",
                "Citing an unnamed source, Reuters says intensive negotiations are under way on a truce and a swap of "
                        + "hostages and prisoners.",
                "Reuters on Wednesday quoted an unnamed source as saying Israel insists that women and injured men must "
                        + "be among the hostages freed under a new deal.",
                "Hamas has said previously that the group does not want to enter new negotiations until the bombing of "
                        + "Gaza ends.",
                "Some 130 hostages and prisoners of war are believed to remain in Gaza.",
                "Ismail Haniyeh was allegedly the man who ordered the bloody surprise attack on Israel. After the Hamas "
                        + "attack in Israel, he said the group was 'on the brink of a great victory'.",
                "'Enough is enough. The ongoing intifadas and revolutions in the fight to free our land and our prisoners "
                        + "languishing in the occupier's jails must be completed,' Haniyeh said in a speech on Palestinian "
                        + "television in October after Hamas's bloody attack in Israel on October 7.",
                "Israeli President Isaac Herzog said in a statement on Tuesday that Israel is ready to agree to a new "
                        + "humanitarian pause in the fighting and send more aid to the Gaza Strip in return for the release "
                        + "of Israeli hostages.",
                "The death toll in Gaza is nearing 20,000.",
                "On Tuesday, the Hamas-run Health Ministry in the Gaza Strip said 19,667 people had been recorded killed "
                        + "in the war that began on October 7.",
                "More than 52,000 others have been injured.",
                "Some 2.3 million people live in the densely populated Palestinian territory.",
                "According to the United Nations, over 80% of the population of the Gaza Strip has been driven from their "
                        + "homes by the Israeli military offensive.");
        assertThat(run(english)).isEmpty();
    }

    @Test
    void danishThousandsLeftInTheEnglish() {
        List<String> english = replaced(11, ENGLISH.get(11).replace("19,667", "19.667"));
        assertThat(run(english)).containsExactly("P12 numbers: 19.667 (nineteen thousand six hundred and sixty-seven) is "
                + "missing; the English has 19.667, which reads as nineteen point six six seven; write 19,667");
        assertThat(failures("numbers")).isEqualTo(1);
    }

    @Test
    void aDroppedName() {
        List<String> english = replaced(0,
                "The Hamas leader arrived in Cairo on Wednesday for talks with Egyptian officials, Reuters reports.");
        assertThat(run(english)).containsExactly("P1 names: Ismail Haniyeh is missing from the English");
        assertThat(failures("names")).isEqualTo(1);
    }

    @Test
    void anAnswerInDanish() {
        List<String> warnings = run(DANISH);
        assertThat(warnings).hasSize(DANISH.size() + 1)
                .allSatisfy(w -> assertThat(w).contains("language: "))
                .contains("P1 language: the English is the Danish text, unchanged",
                        "P13 language: the English is the Danish text, unchanged")
                .last().isEqualTo("article language: the English is in Danish (da), not English");
        assertThat(failures("language")).isEqualTo(DANISH.size() + 1);
        assertThat(failures("numbers")).isZero();
    }

    @Test
    void aDanishParaphraseIsCaughtByLanguageDetection() {
        String danish = "Hamas' leder, Ismail Haniyeh, ankom onsdag til Kairo for at tale med egyptiske embedsmænd, "
                + "skriver Reuters.";
        assertThat(checks.checkSegment(DANISH.get(0), danish, Map.of())).containsExactly(
                new Warning("language", "the English is in Danish (da), not English"));
    }

    // --- structure and length

    @Test
    void aMissingParagraph() {
        assertThat(checks.checkArticle(DANISH, ENGLISH.subList(0, 14))).extracting(Warning::code, Warning::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("paragraphs", "the Danish has 15 paragraphs, the English 14"));
        assertThat(checks.checkArticle(DANISH, replaced(6, " "))).extracting(Warning::detail)
                .containsExactly("paragraph 7 is empty in the English");
        assertThat(failures("paragraphs")).isEqualTo(2);
    }

    @Test
    void aTruncatedOrPaddedArticleIsOutOfBounds() {
        List<String> firstSentences = ENGLISH.stream().map(p -> p.replaceFirst("(?<=\\.) .*", "")).map(
                p -> p.length() > 60 ? p.substring(0, 60) : p).toList();
        assertThat(checks.checkArticle(DANISH, firstSentences)).extracting(Warning::code).containsExactly("length");
        List<String> padded = ENGLISH.stream().map(p -> p + " (Translator's note: this sentence has been explained at "
                + "length for readers abroad who may not know the background of the conflict.)").toList();
        assertThat(checks.checkArticle(DANISH, padded)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("length");
            assertThat(w.detail()).matches("the article is \\d+ characters in English against 2083 in Danish \\(ratio "
                    + "\\d\\.\\d\\d, above 1\\.80\\): content is likely added");
        });
    }

    @Test
    void segmentLengthIsJudgedOnlyWhenLongEnough() {
        String danish = DANISH.get(9); // 223 characters
        assertThat(checks.checkSegment(danish, "Israel's President, Isaac Herzog, said Israel is ready for a pause in the "
                + "Gaza Strip.", Map.of())).extracting(Warning::code).containsExactly("length");
        // 28 characters: one word more or less moves the ratio too much to mean anything
        assertThat(checks.checkSegment(DANISH.get(12), "More than 52,000 others are wounded, officials say.", Map.of()))
                .isEmpty();
    }

    @Test
    void lengthBoundsComeFromConfig() {
        FidelityChecks tight = new FidelityChecks(FidelityTesting.config(Map.of("tolk.fidelity.length.max-ratio", "1.05")),
                FidelityTesting.DETECTOR, registry);
        assertThat(tight.checkArticle(DANISH, ENGLISH)).extracting(Warning::detail).containsExactly(
                "the article is 2211 characters in English against 2083 in Danish (ratio 1.06, above 1.05): content is "
                        + "likely added");
    }

    // --- glossary

    @Test
    void glossaryTermsMustBeRenderedAsTheGlossarySays() {
        String danish = DANISH.get(3); // "... om våbenhvile og udveksling af gidsler og fanger."
        assertThat(checks.checkSegment(danish, ENGLISH.get(3), Map.of("våbenhvile", "ceasefire"))).isEmpty();
        assertThat(checks.checkSegment(danish, ENGLISH.get(3), Map.of("våbenhvile", "truce"))).containsExactly(
                new Warning("glossary", "the glossary renders \"våbenhvile\" as \"truce\", but the English has no \"truce\""));
        // inflected Danish (fanger, gidsler) and English plurals count; terms not in the source are not asked for
        assertThat(checks.checkSegment(danish, ENGLISH.get(3), Map.of("fange", "prisoner", "gidsel", "captive",
                "aftale", "deal"))).containsExactly(new Warning("glossary",
                        "the glossary renders \"gidsel\" as \"captive\", but the English has no \"captive\""));
        assertThat(checks.checkSegment("Våbenhvilen holder.", "The truce is holding.", Map.of("våbenhvile", "truce")))
                .isEmpty();
        assertThat(failures("glossary")).isEqualTo(2);
    }

    // --- summary bullets

    @Test
    void bulletNumbersMustBeInTheSource() {
        String source = Fixtures.seedDanish();
        for (String bullet : List.of("Around 130 hostages are believed to remain in Gaza.",
                "Gaza's Health Ministry says 19,667 people have been killed since 7 October.",
                "More than 52,000 people are wounded and about 2.3 million live in the territory.",
                "Israel is ready for a new humanitarian pause, says President Isaac Herzog.",
                "Two Israeli officials are cited by Axios.", "Over 80% of Gazans have been displaced, the UN says.")) {
            assertThat(checks.checkBullet(bullet, source)).as(bullet).isEmpty();
        }
        assertThat(checks.checkBullet("About 150 hostages remain in Gaza.", source)).containsExactly(new Warning("numbers",
                "the bullet has 150 (one hundred and fifty), which is not in the Danish source (in Danish it would read "
                        + "150)"));
        assertThat(checks.checkBullet("The ministry says 19.667 people have been killed.", source)).containsExactly(
                new Warning("numbers", "the bullet has 19.667, which reads as nineteen point six six seven; the Danish has "
                        + "19.667 (nineteen thousand six hundred and sixty-seven): write 19,667"));
        assertThat(checks.checkBullet("Some 2.5 million people live in Gaza.", source)).extracting(Warning::detail)
                .containsExactly("the bullet has 2.5 million (two point five million), which is not in the Danish source "
                        + "(in Danish it would read 2,5 millioner)");
        assertThat(checks.checkBullet("The war began on 8 October.", source)).extracting(Warning::detail)
                .containsExactly("the bullet has 8 October, which is not in the Danish source (in Danish it would read 8. "
                        + "oktober)");
    }

    @Test
    void bulletsMustBeEnglishUnlessTooShortToTell() {
        String source = Fixtures.seedDanish();
        assertThat(checks.checkBullet("Omkring 130 gidsler og krigsfanger antages stadig at være tilbage i Gaza.", source))
                .containsExactly(new Warning("language", "the bullet is in Danish (da), not English"));
        assertThat(checks.checkBullet("Haniyeh i Kairo.", source)).isEmpty();
    }
}
