package dev.tolk.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tolk.testing.Fixtures;

class NameCheckTest {

    private static final NameCheck NAMES = new NameCheck(Exonyms.load());

    private static List<String> details(String danish, String english) {
        return NAMES.check(danish, english).stream().peek(w -> assertThat(w.code()).isEqualTo("names"))
                .map(Warning::detail).toList();
    }

    private static List<String> found(String danish) {
        return NAMES.find(danish).stream().map(NameCheck.Name::danish).toList();
    }

    @ParameterizedTest(name = "seed paragraph {0}")
    @MethodSource("dev.tolk.fidelity.FidelityTesting#seedParagraphs")
    void everySeedParagraphKeepsItsNames(int paragraph, String danish, String english) {
        assertThat(details(danish, english)).isEmpty();
    }

    @Test
    void findsTheSeedsNames() {
        List<String> p = Fixtures.seedParagraphs();
        assertThat(found(p.get(0))).containsExactly("Hamas", "Ismail Haniyeh", "Kairo", "Reuters");
        assertThat(found(p.get(9))).containsExactly("Israel", "Isaac Herzog", "Israel", "Gazastriben");
        assertThat(found(p.get(11))).containsExactly("Sundhedsministeriet", "Gazastriben", "Hamas");
        // "Ifølge" starts the sentence; the credit /ritzau/Reuters is the wire's, not the story's
        assertThat(found(p.get(14))).containsExactly("FN", "Gazastriben");
        // "Tirsdag", "Dødstallet", "Over", "Der": capitalised only because they start a sentence
        assertThat(found(p.get(10))).containsExactly("Gazastriben");
        assertThat(found(p.get(12))).isEmpty();
        assertThat(found(p.get(13))).isEmpty();
    }

    @Test
    void aDroppedMediaNameIsMissing() {
        String danish = Fixtures.seedParagraphs().get(2);
        String english = Fixtures.seedEnglish().get(2).replace("the American outlet Axios reported", "an American outlet "
                + "reported").replace("Axios cites", "It cites");
        assertThat(details(danish, english)).containsExactly("Axios is missing from the English");
    }

    @Test
    void aPersonReplacedByTheirRoleIsMissing() {
        String danish = Fixtures.seedParagraphs().get(0);
        String english = "The Hamas leader arrived in Cairo on Wednesday for talks with Egyptian officials, Reuters reports.";
        assertThat(details(danish, english)).containsExactly("Ismail Haniyeh is missing from the English");
        assertThat(details(danish, "Hamas leader Haniyeh arrived in Cairo on Wednesday for talks, Reuters reports."))
                .containsExactly("Ismail Haniyeh is only partly in the English: Ismail is missing");
    }

    @Test
    void exonymsMustBeRenderedTheEnglishWay() {
        assertThat(details("Lederen af Hamas er kommet til Kairo.", "The Hamas leader has come to Kairo."))
                .containsExactly("Kairo is missing from the English (expected Cairo)");
        assertThat(details("Ifølge FN er mange på flugt.", "According to the organisation, many have fled."))
                .containsExactly("FN is missing from the English (expected UN or U.N. or United Nations)");
        assertThat(details("Ifølge FN er mange på flugt.", "According to the United Nations, many have fled.")).isEmpty();
        assertThat(details("Tirsdag meddeler Sundhedsministeriet i Gazastriben, at mange er døde.",
                "On Tuesday, the health ministry in Gaza announced that many have died.")).isEmpty();
        assertThat(details("Tirsdag meddeler Sundhedsministeriet i Gazastriben, at mange er døde.",
                "On Tuesday, the authorities in the Gaza Strip announced that many have died."))
                .containsExactly("Sundhedsministeriet is missing from the English (expected Ministry of Health or "
                        + "Health Ministry)");
    }

    @Test
    void tableNamesCountAtTheStartOfASentenceToo() {
        assertThat(details("Israels præsident, Isaac Herzog, talte.", "The president, Isaac Herzog, spoke."))
                .containsExactly("Israel is missing from the English");
        assertThat(details("Reuters citerer en kilde.", "A source is quoted.")).containsExactly(
                "Reuters is missing from the English");
    }

    @Test
    void aCountryMayBecomeItsAdjectiveButAnAcronymKeepsItsCase() {
        assertThat(details("Israels præsident, Isaac Herzog, talte.", "Israeli President Isaac Herzog spoke.")).isEmpty();
        assertThat(details("Kinas præsident talte i Kairo.", "The Chinese president spoke in Cairo.")).isEmpty();
        assertThat(details("Præsidenten i USA talte.", "The US president spoke.")).isEmpty();
        assertThat(details("Præsidenten i USA talte til os.", "The president spoke to us."))
                .containsExactly("USA is missing from the English (expected US or USA or U.S. or U.S.A. or United States or "
                        + "America)");
    }

    @Test
    void aCapitalAtTheStartOfASentenceIsNoNameUnlessSeenMidSentence() {
        assertThat(found("Natten til onsdag skrev mediet noget. Axios citerer kilder.")).isEmpty();
        assertThat(found("Natten til onsdag skrev Axios noget. Axios citerer kilder.")).containsExactly("Axios", "Axios");
        assertThat(found("- Nok er nok, sagde han.")).isEmpty();
        assertThat(found("Han sagde: \"Vi vinder.\"")).isEmpty();
    }

    @Test
    void genitivesAndTransliterations() {
        assertThat(details("Det skete efter en tale fra Haniyehs kontor.", "It followed a speech from Haniyeh's office."))
                .isEmpty();
        assertThat(details("Ukraines præsident, Volodymyr Zelenskyj, mødtes med Mette Frederiksen i Kyiv.",
                "Ukraine's President Volodymyr Zelensky met Mette Frederiksen in Kyiv.")).isEmpty();
        assertThat(details("Hun mødtes med Mette Frederiksen i København.", "She met the prime minister in Copenhagen."))
                .containsExactly("Mette Frederiksen is missing from the English");
    }

    @Test
    void compoundsAndInstitutionsTheTableDoesNotList() {
        assertThat(details("Gazakrigen har varet i 100 dage, siger FN's generalsekretær.",
                "The Gaza war has lasted 100 days, says the UN Secretary-General.")).isEmpty();
        assertThat(details("Ifølge Forsvarsministeriet sendes fly til Ukraine.",
                "According to the Ministry of Defence, jets will be sent to Ukraine.")).isEmpty();
        assertThat(details("Ifølge Klimaudvalgsministeriet sker det i år.", "According to officials, it happens this year."))
                .containsExactly("Klimaudvalgsministeriet is missing from the English (expected Ministry)");
        assertThat(details("Han kritiserede Hamas-angrebet.", "He criticised the attack."))
                .containsExactly("Hamas is missing from the English");
    }

    @Test
    void politePronounsAreNoNames() {
        assertThat(found("Hvad vil I gøre, spurgte hun, og hvad mener De?")).isEmpty();
    }

    @Test
    void theExonymTableIsWellFormed() {
        Exonyms table = Exonyms.load();
        for (String danish : List.of("Kairo", "Gazastriben", "Vestbredden", "FN", "EU", "USA", "Folketinget", "Tyskland",
                "Frankrig", "Sverige", "Norge", "Rusland", "Ukraine", "Kina", "Israel", "Egypten", "København", "Aarhus",
                "Grønland", "Færøerne", "NATO", "Sundhedsministeriet")) {
            assertThat(table.get(danish)).as(danish).isNotNull();
        }
        assertThat(table.get("Grønland").english()).contains("Greenland");
        assertThat(table.get("Færøerne").english()).contains("Faroe Islands");
        assertThat(table.entries()).allSatisfy(e -> assertThat(e.english()).allSatisfy(f -> assertThat(f).isNotBlank()));
    }
}
