package dev.tolk.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tolk.markup.Placeholders.Kind;
import dev.tolk.markup.Placeholders.Token;

/** The placeholder language itself: sequences, stripping for the checks, comparison and safe repair. */
class PlaceholdersTest {

    @Test
    void theSequenceListsEveryPlaceholderInOrder() {
        assertThat(Placeholders.sequence("a <x1>b <x2>c</x2></x1> d<x3/> <y1> <x>"))
                .containsExactly("<x1>", "<x2>", "</x2>", "</x1>", "<x3/>");
    }

    @Test
    void strippingKeepsWordsApartWhereAStandalonePlaceholderWas() {
        assertThat(Placeholders.strip("Read <x1>the <x2>full</x2> story</x1>.<x3/>Then 19,667<x4/>people"))
                .isEqualTo("Read the full story. Then 19,667 people");
        assertThat(Placeholders.strip("no markup")).isEqualTo("no markup");
    }

    @Test
    void comparisonAcceptsTheSamePlaceholdersAndNamesWhatIsWrong() {
        String source = "Lederen af <x1><x2>Hamas</x2></x1> er kommet.<x3/>";
        assertThat(Placeholders.compare(source, "The leader of <x1><x2>Hamas</x2></x1> has come.<x3/>")).isEmpty();
        assertThat(Placeholders.compare(source, "The leader of <x1>Hamas</x1> has come.<x3/>")).get().asString()
                .contains("missing <x2> </x2>");
        assertThat(Placeholders.compare(source, "The leader of <x2><x1>Hamas</x1></x2> has come.<x3/>"))
                .as("reordered").isPresent();
        assertThat(Placeholders.compare(source, "The leader of <x1><x2>Hamas</x2></x1> has <x4>come</x4>.<x3/>"))
                .get().asString().contains("not in the source <x4> </x4>");
    }

    @Test
    void aWellFormedTranslationComesBackTokenForToken() {
        List<Token> tokens = Placeholders.tokens("A <x1>b <x2>c</x2></x1><x3/>", Set.of(1, 2), Set.of(3));
        assertThat(tokens).extracting(Token::kind).containsExactly(Kind.TEXT, Kind.OPEN, Kind.TEXT, Kind.OPEN,
                Kind.TEXT, Kind.CLOSE, Kind.CLOSE, Kind.STANDALONE);
    }

    @Test
    void brokenPlaceholdersAreDroppedButTheirWordsKept() {
        // </x2> closes across </x1>; <x9> is unknown; <x3/> used twice; <x1> of a standalone number
        List<Token> tokens = Placeholders.tokens("<x1>a <x2>b</x1> c</x2> <x9>d</x9> <x3/><x3/> <x4>e",
                Set.of(1, 2, 4), Set.of(3));
        String kept = String.join("", tokens.stream().map(Token::text).toList());
        assertThat(kept).isEqualTo("a <x2>b c</x2> d <x3/> e");
        assertThat(Placeholders.sequence(kept)).containsExactly("<x2>", "</x2>", "<x3/>");
    }
}
