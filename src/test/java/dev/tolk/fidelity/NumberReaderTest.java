package dev.tolk.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tolk.fidelity.NumberMention.Need;

/**
 * The one number reader in each notation, by its typed keys: what a mention may mean, and whether the other language
 * must carry it.
 */
class NumberReaderTest {

    @Test
    void amountsAreEqualWhateverTheirScaleOrTrailingZeros() {
        assertThat(NumberKey.amount(new BigDecimal("2.30"))).isEqualTo(NumberKey.amount(new BigDecimal("2.3")));
        assertThat(NumberKey.amount(new BigDecimal("2300000"))).isEqualTo(NumberKey.amount(new BigDecimal("2.3E+6")));
        assertThat(NumberKey.amount(new BigDecimal("0.00"))).isEqualTo(NumberKey.amount(0));
        assertThat(NumberKey.amount(1990)).isNotEqualTo(NumberKey.century(19));
    }

    @Test
    void danishNewsForms() {
        assertThat(means(DanishNumbers.find("3,5 pct. og 1,5 mia. kr."))).containsExactly(
                List.of(NumberKey.amount(new BigDecimal("3.5"))), List.of(NumberKey.amount(1_500_000_000)));
        assertThat(DanishNumbers.find("halvanden million")).singleElement()
                .satisfies(m -> assertThat(m.means()).containsExactly(NumberKey.amount(1_500_000)))
                .satisfies(m -> assertThat(m.need()).isEqualTo(Need.REQUIRED));
        assertThat(DanishNumbers.find("1.-3. marts").get(0).means()).contains(NumberKey.date(1, 3));
        assertThat(DanishNumbers.find("sæsonen 2023/24").get(1).means()).contains(NumberKey.amount(2024));
        assertThat(DanishNumbers.find("-5 grader")).singleElement()
                .satisfies(m -> assertThat(m.means()).containsExactly(NumberKey.amount(-5)));
        assertThat(DanishNumbers.find("1800-tallet")).singleElement()
                .satisfies(m -> assertThat(m.means()).contains(NumberKey.century(19)));
    }

    @Test
    void aDanishTimeWithItsPartOfTheDayKeepsOnlyThatReading() {
        assertThat(DanishNumbers.find("kl. 9.15 søndag morgen").get(0).means())
                .containsExactly(NumberKey.time(9, 15));
        assertThat(DanishNumbers.find("kl. 7 i aften").get(0).means()).containsExactly(NumberKey.time(19, 0));
        assertThat(DanishNumbers.find("kl. 7 i morgen").get(0).means())
                .containsExactlyInAnyOrder(NumberKey.time(7, 0), NumberKey.time(19, 0));
        assertThat(DanishNumbers.find("kl. 9.15").get(0).means())
                .containsExactlyInAnyOrder(NumberKey.time(9, 15), NumberKey.time(21, 15));
    }

    @Test
    void danishCountsInWordsAreCountedButOptional() {
        List<NumberMention> found = DanishNumbers.find("tre ud af fire, tredje kvartal, et dusin, tyve");
        assertThat(found).extracting(NumberMention::surface, NumberMention::need).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tre", Need.COUNTED),
                org.assertj.core.groups.Tuple.tuple("fire", Need.COUNTED),
                org.assertj.core.groups.Tuple.tuple("tredje", Need.COUNTED),
                org.assertj.core.groups.Tuple.tuple("et dusin", Need.COUNTED),
                org.assertj.core.groups.Tuple.tuple("tyve", Need.OPTIONAL));
    }

    @Test
    void englishKeepsWhatADaneWouldReadInItsDigits() {
        NumberMention slip = EnglishNumbers.find("3,5 per cent").get(0);
        assertThat(slip.means()).isEmpty();
        assertThat(slip.meansInDanish()).containsExactly(NumberKey.amount(new BigDecimal("3.5")));
        NumberMention grouped = EnglishNumbers.find("19,667").get(0);
        assertThat(grouped.means()).containsExactly(NumberKey.amount(19667));
        assertThat(grouped.meansInDanish()).containsExactly(NumberKey.amount(new BigDecimal("19.667")));
    }

    @Test
    void englishWordsDecadesFractionsAndTemperatures() {
        assertThat(EnglishNumbers.find("the eighties").get(0).means()).contains(NumberKey.amount(1980),
                NumberKey.amount(80));
        assertThat(EnglishNumbers.find("two-thirds")).extracting(NumberMention::surface)
                .containsExactly("two", "thirds");
        assertThat(EnglishNumbers.find("the third quarter")).extracting(NumberMention::surface)
                .containsExactly("third");
        assertThat(EnglishNumbers.find("five degrees below zero")).singleElement()
                .satisfies(m -> assertThat(m.means()).containsExactly(NumberKey.amount(-5)));
        assertThat(EnglishNumbers.find("one and a half million")).singleElement()
                .satisfies(m -> assertThat(m.means()).containsExactly(NumberKey.amount(1_500_000)));
    }

    private static List<List<NumberKey>> means(List<NumberMention> mentions) {
        return mentions.stream().map(m -> List.copyOf(m.means())).toList();
    }
}
