package dev.tolk.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tolk.testing.Fixtures;

class NumberCheckTest {

    private static List<String> details(String danish, String english) {
        return NumberCheck.segment(danish, english).stream().peek(w -> assertThat(w.code()).isEqualTo("numbers"))
                .map(Warning::detail).toList();
    }

    // --- the seed article

    @ParameterizedTest(name = "seed paragraph {0}")
    @MethodSource("dev.tolk.fidelity.FidelityTesting#seedParagraphs")
    void everySeedParagraphMatchesItsFaithfulTranslation(int paragraph, String danish, String english) {
        assertThat(details(danish, english)).isEmpty();
    }

    @Test
    void danishThousandsLeftInTheEnglishReadAsADecimal() {
        String danish = Fixtures.seedParagraphs().get(11);
        String english = Fixtures.seedEnglish().get(11).replace("19,667", "19.667");
        assertThat(details(danish, english)).containsExactly("19.667 (nineteen thousand six hundred and sixty-seven) is "
                + "missing; the English has 19.667, which reads as nineteen point six six seven; write 19,667");
    }

    @Test
    void aDroppedNumberIsMissing() {
        assertThat(details("Det antages, at der er omkring 130 gidsler og krigsfanger tilbage i Gaza.",
                "It is believed that there are many hostages and prisoners of war left in Gaza."))
                .containsExactly("130 (one hundred and thirty) is missing from the English");
    }

    @Test
    void anInventedNumberIsNotInTheDanish() {
        assertThat(details("Det antages, at der er omkring 130 gidsler og krigsfanger tilbage i Gaza.",
                "It is believed that there are around 150 hostages and prisoners of war left in Gaza."))
                .containsExactly("130 (one hundred and thirty) is missing from the English",
                        "the English has 150 (one hundred and fifty), which is not in the Danish");
    }

    @Test
    void aDanishDecimalCommaLeftInTheEnglishIsNoEnglishNumber() {
        assertThat(details(Fixtures.seedParagraphs().get(13),
                "Around 2,3 million people live in the densely built-up Palestinian territory."))
                .containsExactly("2,3 millioner (two point three million) is missing; the English has 2,3 million, which "
                        + "is no English number (Danish decimal comma); write 2.3 million");
    }

    @Test
    void twentyThousandMayBeWrittenWithOrWithoutSeparator() {
        String danish = "Dødstallet i Gazastriben nærmer sig 20.000.";
        assertThat(details(danish, "The death toll in the Gaza Strip is approaching 20,000.")).isEmpty();
        assertThat(details(danish, "The death toll in the Gaza Strip is approaching 20000.")).isEmpty();
        assertThat(details(danish, "The death toll in the Gaza Strip is approaching 20 thousand.")).isEmpty();
        assertThat(details(danish, "The death toll in the Gaza Strip is approaching 20.000.")).containsExactly(
                "20.000 (twenty thousand) is missing; the English has 20.000, which reads as twenty; write 20,000");
    }

    @Test
    void datesMayBeWrittenEitherWayRound() {
        String danish = "Krigen begyndte den 7. oktober.";
        for (String english : List.of("The war began on 7 October.", "The war began on October 7.",
                "The war began on 7th October.", "The war began on October 7th.", "The war began on the 7th of October.")) {
            assertThat(details(danish, english)).as(english).isEmpty();
        }
        assertThat(details(danish, "The war began on 7 November.")).containsExactly(
                "7. oktober (7 October) is missing from the English",
                "the English has 7 November, which is not in the Danish");
    }

    @Test
    void percentMayBeWrittenAnyWay() {
        String danish = "Over 80 procent af befolkningen er på flugt.";
        for (String english : List.of("More than 80 percent of the population has fled.",
                "More than 80% of the population has fled.", "More than 80 per cent of the population has fled.")) {
            assertThat(details(danish, english)).as(english).isEmpty();
        }
    }

    // --- my own Danish sentences: faithful renderings pass, each slip fails with what went wrong

    static Stream<Arguments> faithful() {
        return Stream.of(
                Arguments.of("Den nye telefon koster 1.299,95 kr. i butikkerne.",
                        "The new phone costs DKK 1,299.95 in the shops."),
                Arguments.of("Regeringen afsætter 3,5 mia. kr. til grøn omstilling.",
                        "The government is setting aside 3.5 billion kroner for the green transition."),
                Arguments.of("Regeringen afsætter 3,5 mia. kr. til grøn omstilling.",
                        "The government is setting aside DKK 3.5bn for the green transition."),
                Arguments.of("Mødet begynder kl. 9.30 på Christiansborg.", "The meeting starts at 9.30am at Christiansborg."),
                Arguments.of("Mødet begynder kl. 9.30 på Christiansborg.", "The meeting starts at 9:30 at Christiansborg."),
                Arguments.of("Loven træder i kraft 1. januar 2024.", "The law takes effect on 1 January 2024."),
                Arguments.of("Loven træder i kraft 1. januar 2024.", "The law takes effect on January 1, 2024."),
                Arguments.of("Danmark endte på en delt 2.-3. plads ved EM.",
                        "Denmark finished in a shared 2nd-3rd place at the European Championship."),
                Arguments.of("Danmark endte på en delt 2.-3. plads ved EM.",
                        "Denmark finished joint second and third at the Euros."),
                Arguments.of("Priserne steg 5-6 procent i 2023.", "Prices rose 5-6 percent in 2023."),
                Arguments.of("Priserne steg 5-6 procent i 2023.", "Prices rose by 5 to 6 per cent in 2023."),
                Arguments.of("Renten blev sat op med 0,5 procentpoint.",
                        "The interest rate was raised by 0.5 percentage points."),
                Arguments.of("Skoven dækker 10.000 km² i det nordlige Sverige.",
                        "The forest covers 10,000 km² in northern Sweden."),
                Arguments.of("I nat falder temperaturen til -3 grader.", "Tonight the temperature will fall to -3 degrees."),
                Arguments.of("I nat falder temperaturen til -3 grader.",
                        "Tonight the temperature will fall to minus 3 degrees."),
                Arguments.of("I nat falder temperaturen til -3 grader.",
                        "Tonight the temperature will fall to 3 degrees below zero."),
                Arguments.of("Projektet koster tre milliarder kroner.", "The project costs three billion kroner."),
                Arguments.of("Projektet koster tre milliarder kroner.", "The project costs DKK 3bn."),
                Arguments.of("Kampen starter klokken 20.45 i Parken.", "The match kicks off at 8.45pm in Parken."),
                Arguments.of("Kampen starter klokken 20.45 i Parken.", "The match kicks off at 20:45 in Parken."),
                Arguments.of("Byen har halvanden million indbyggere.", "The city has one and a half million inhabitants."),
                Arguments.of("Byen har halvanden million indbyggere.", "The city has 1.5 million inhabitants."),
                Arguments.of("Virksomheden omsatte for 1.234.567 kr. sidste år.",
                        "The company had a turnover of DKK 1,234,567 last year."),
                Arguments.of("Ring på 70 10 20 30 for at få hjælp.", "Call 70 10 20 30 for help."),
                Arguments.of("Mellem to og tre personer blev såret, og politiet kørte to til hospitalet.",
                        "Between two and three people were injured, and police took two to hospital."),
                Arguments.of("Mellem to og tre personer blev såret, og politiet kørte to til hospitalet.",
                        "Between 2 and 3 people were injured, and police took 2 to hospital."),
                Arguments.of("Mindst 20 døde i angrebet./ritzau/AFP", "At least 20 died in the attack./ritzau/AFP"),
                Arguments.of("Mindst 20 døde i angrebet./ritzau/AFP", "At least 20 died in the attack."),
                Arguments.of("Aftalen blev underskrevet den 24.12.2023 i Bruxelles.",
                        "The agreement was signed on 24 December 2023 in Brussels."),
                Arguments.of("Femogtyve personer blev anholdt.", "Twenty-five people were arrested."),
                Arguments.of("Femogtyve personer blev anholdt.", "25 people were arrested."),
                Arguments.of("Der er åbent kl. 14.30-16 i dag.", "It is open from 2.30pm to 4pm today."),
                Arguments.of("Der er åbent kl. 14.30-16 i dag.", "It is open from 14:30 to 16:00 today."),
                Arguments.of("Over 2-3 millioner mennesker er ramt.", "More than 2-3 million people are affected."),
                Arguments.of("Over 2-3 millioner mennesker er ramt.",
                        "More than two to three million people are affected."),
                Arguments.of("Over 2-3 millioner mennesker er ramt.",
                        "More than 2 million to 3 million people are affected."),
                Arguments.of("I 1990'erne boede 5,1 mio. mennesker i Danmark.",
                        "In the 1990s, 5.1 million people lived in Denmark."),
                Arguments.of("Ifølge Forsvarsministeriet sendes 19 F-16-fly til Ukraine.",
                        "According to the Ministry of Defence, 19 F-16 jets will be sent to Ukraine."),
                Arguments.of("En halv million mennesker demonstrerede, og det er første gang siden 2003.",
                        "Half a million people demonstrated, the first time since 2003."),
                Arguments.of("To millioner tre hundrede tusind stemte, og hundrede og tyve blev afvist.",
                        "Two million three hundred thousand voted, and a hundred and twenty were turned away."),
                Arguments.of("Under 2. verdenskrig regerede Christian X.", "During World War II, Christian X reigned."),
                Arguments.of("Under 2. verdenskrig regerede Christian X.",
                        "During the Second World War, Christian X reigned."),
                Arguments.of("Frederik 10. blev konge, og mødet sluttede kl. 12.", "Frederik X became king, and the "
                        + "meeting ended at noon."),
                Arguments.of("Fly nummer 3 lettede fra gate 12, og covid-19 var ikke længere et problem.",
                        "Flight number 3 took off from gate 12, and Covid-19 was no longer a problem."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("faithful")
    void faithfulRenderingsPass(String danish, String english) {
        assertThat(details(danish, english)).isEmpty();
    }

    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("Den nye telefon koster 1.299,95 kr. i butikkerne.",
                        "The new phone costs 1.299,95 kroner in the shops.",
                        List.of("1.299,95 (one thousand two hundred and ninety-nine point nine five) is missing; the "
                                + "English has 1.299,95, which is no English number (Danish thousands dots and decimal "
                                + "comma); write 1,299.95")),
                Arguments.of("Regeringen afsætter 3,5 mia. kr. til grøn omstilling.",
                        "The government is setting aside 3.5 million kroner for the green transition.",
                        List.of("3,5 mia. (three point five billion) is missing from the English",
                                "the English has 3.5 million (three point five million), which is not in the Danish")),
                Arguments.of("Mødet begynder kl. 9.30 på Christiansborg.", "The meeting starts at 10.30 at Christiansborg.",
                        List.of("kl. 9.30 (9:30) is missing from the English",
                                "the English has 10.30 (10:30 or ten point three), which is not in the Danish")),
                Arguments.of("Loven træder i kraft 1. januar 2024.", "The law takes effect on 1 June 2024.",
                        List.of("1. januar (1 January) is missing from the English",
                                "the English has 1 June, which is not in the Danish")),
                Arguments.of("Danmark endte på en delt 2.-3. plads ved EM.",
                        "Denmark finished 3rd at the European Championship.",
                        List.of("2 (two) is missing from the English")),
                Arguments.of("Priserne steg 5-6 procent i 2023.", "Prices rose 5 percent in 2023.",
                        List.of("6 (six) is missing from the English")),
                Arguments.of("Renten blev sat op med 0,5 procentpoint.",
                        "The interest rate was raised by 0,5 percentage points.",
                        List.of("0,5 (zero point five) is missing; the English has 0,5, which is no English number "
                                + "(Danish decimal comma); write 0.5")),
                Arguments.of("Skoven dækker 10.000 km² i det nordlige Sverige.",
                        "The forest covers 10.000 km² in northern Sweden.",
                        List.of("10.000 (ten thousand) is missing; the English has 10.000, which reads as ten; write "
                                + "10,000")),
                Arguments.of("I nat falder temperaturen til -3 grader.", "Tonight the temperature will fall to 3 degrees.",
                        List.of("-3 (minus three) is missing from the English",
                                "the English has 3 (three), which is not in the Danish")),
                Arguments.of("Projektet koster tre milliarder kroner.", "The project costs three million kroner.",
                        List.of("tre milliarder (three billion) is missing from the English",
                                "the English has three million, which is not in the Danish")),
                Arguments.of("Kampen starter klokken 20.45 i Parken.", "The match kicks off at 8.45am in Parken.",
                        List.of("klokken 20.45 (20:45) is missing from the English",
                                "the English has 8.45am (8:45), which is not in the Danish")),
                Arguments.of("Virksomheden omsatte for 1.234.567 kr. sidste år.",
                        "The company had a turnover of 1.234.567 kroner last year.",
                        List.of("1.234.567 (one million two hundred and thirty-four thousand five hundred and "
                                + "sixty-seven) is missing; the English has 1.234.567, which is no English number "
                                + "(Danish thousands dots); write 1,234,567")),
                Arguments.of("Ring på 70 10 20 30 for at få hjælp.", "Call 70 10 20 for help.",
                        List.of("30 (thirty) is missing from the English")),
                Arguments.of("Mellem to og tre personer blev såret, og politiet kørte to til hospitalet.",
                        "Between 2 and 4 people were injured, and police took two to hospital.",
                        List.of("the English has 4 (four), which is not in the Danish")),
                Arguments.of("Femogtyve personer blev anholdt.", "Twenty people were arrested.",
                        List.of("Femogtyve (twenty-five) is missing from the English",
                                "the English has Twenty, which is not in the Danish")),
                Arguments.of("Loven blev vedtaget i 2022.", "The law was passed in 2021.",
                        List.of("2022 (two thousand and twenty-two) is missing from the English",
                                "the English has 2021 (two thousand and twenty-one), which is not in the Danish")),
                Arguments.of("Aftalen blev underskrevet den 24.12.2023 i Bruxelles.",
                        "The agreement was signed on 24 December in Brussels.",
                        List.of("2023 (two thousand and twenty-three) is missing from the English")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("slips")
    void slipsFailSayingWhatIsWrong(String danish, String english, List<String> expected) {
        assertThat(details(danish, english)).containsExactlyElementsOf(expected);
    }

    // --- reading each language its own way

    @Test
    void danishNotation() {
        assertThat(keys(DanishNumbers.find("19.667 og 52.000 og 1.234.567"))).containsExactly("n:19667", "n:52000",
                "n:1234567");
        assertThat(keys(DanishNumbers.find("2,3 millioner og 2,5 procent og 5 mio. kr. og 7 mill. kr.")))
                .containsExactly("n:2300000", "n:2.5", "n:5000000", "n:7000000");
        assertThat(keys(DanishNumbers.find("3 mia. og 4 milliarder og 2 billioner og 20 tusind"))).containsExactly(
                "n:3000000000", "n:4000000000", "n:2000000000000", "n:20000");
        assertThat(keys(DanishNumbers.find("den 7. oktober og 1. jan. og 7.10.2023"))).containsExactly("d:7.10", "d:1.1",
                "d:7.10", "n:2023");
    }

    @Test
    void englishNotation() {
        assertThat(keys(EnglishNumbers.find("19,667 and 19667 and 19.667"))).containsExactly("n:19667", "n:19667",
                "n:19.667");
        assertThat(keys(EnglishNumbers.find("2.3 million, 2,300,000, $3bn and 2.5%"))).containsExactly("n:2300000",
                "n:2300000", "n:3000000000", "n:2.5");
        assertThat(EnglishNumbers.find("2,3 million")).singleElement()
                .satisfies(m -> assertThat(m.keys()).isEmpty())
                .satisfies(m -> assertThat(m.danishKeys()).containsExactly("n:2300000"));
    }

    @Test
    void danishWordNumbersAreOptionalUnlessLargeOrScaled() {
        List<NumberMention> found = DanishNumbers.find("to embedsmænd, femogtyve soldater, to millioner kroner, tusind tak");
        assertThat(found).extracting(NumberMention::surface, NumberMention::optional).containsExactly(
                org.assertj.core.groups.Tuple.tuple("to", true), org.assertj.core.groups.Tuple.tuple("femogtyve", false),
                org.assertj.core.groups.Tuple.tuple("to millioner", false),
                org.assertj.core.groups.Tuple.tuple("tusind", true));
        assertThat(DanishNumbers.find("en uge og et år")).isEmpty();
    }

    @Test
    void theEnglishPrepositionToIsNoNumber() {
        assertThat(EnglishNumbers.find("They went to Cairo to talk to officials.")).isEmpty();
        assertThat(details("De rejste til Kairo.", "They went to Cairo to talk.")).isEmpty();
        assertThat(details("Axios citerer to israelske embedsmænd.", "Axios cites two Israeli officials.")).isEmpty();
        assertThat(details("Axios citerer to israelske embedsmænd.", "Axios cites 2 Israeli officials.")).isEmpty();
        assertThat(details("Axios citerer israelske embedsmænd.", "Axios cites Israeli officials to the press.")).isEmpty();
    }

    @Test
    void numbersInAgencyCreditsAreIgnored() {
        assertThat(DanishNumbers.find("Mange er døde./ritzau/TV 2")).isEmpty();
        assertThat(EnglishNumbers.find("Many have died./ritzau/TV 2")).isEmpty();
    }

    private static List<String> keys(List<NumberMention> mentions) {
        return mentions.stream().map(m -> m.keys().iterator().next()).toList();
    }
}
