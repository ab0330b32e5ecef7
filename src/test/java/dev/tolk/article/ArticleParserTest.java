package dev.tolk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(100_000);

    @Test
    void splitsOnBlankLinesAndKeepsOrder() {
        Article a = parser.parse(" Hamas-leder i  Kairo ", "Første afsnit.\n\n\nAndet  afsnit\r\nfortsat.\n \nTredje.");
        assertThat(a.title()).isEqualTo(Optional.of("Hamas-leder i Kairo"));
        assertThat(a.paragraphs()).containsExactly("Første afsnit.", "Andet afsnit\nfortsat.", "Tredje.");
    }

    @Test
    void theSeedArticleIsAlreadyNormalSoTheFastPathReturnsItAsIs() {
        String seed = Fixtures.seedDanish().strip();
        assertThat(ArticleParser.alreadyNormal(seed)).isTrue();
        assertThat(ArticleParser.normalise(seed)).isSameAs(seed).isEqualTo(ArticleParser.fullyNormalised(seed));
    }

    /** The fast path may only say "normal" when the full normalisation would change nothing. */
    @ParameterizedTest
    @ValueSource(strings = { "plain text", "two  spaces", "trailing ", " leading", "line \nedge", "line\n edge",
            "tab\there", "cr\r\nlf", "nbsp\u00A0here", "soft\u00ADhyphen", "zero\u200Bwidth", "bom\uFEFF",
            "decomposed e\u0301", "precomposed é æøå", "“quotes” – dashes … €", "narrow\u202Fspace",
            "Ångström \u212B", "emoji 🙂", "ﬁ ligature", "para\n\npara", "" })
    void fastPathAgreesWithTheFullNormalisation(String text) {
        if (ArticleParser.alreadyNormal(text)) {
            assertThat(ArticleParser.fullyNormalised(text)).isEqualTo(text);
        }
        assertThat(ArticleParser.normalise(text)).isEqualTo(ArticleParser.fullyNormalised(text));
    }

    @Test
    void decomposedLettersAreComposed() {
        assertThat(parser.parse(null, "Sm\u00F8rrebr\u00F8d og cafe\u0301").paragraphs()).containsExactly("Smørrebrød og café");
    }

    @Test
    void tooLongTextIsRefused() {
        assertThatThrownBy(() -> new ArticleParser(10).parse("titel", "mere end ti tegn"))
                .isInstanceOf(ArticleTooLargeException.class);
    }

    /** The hand-written split keeps the behaviour of the regular expression it replaced, on any mix of breaks. */
    @Test
    void splitsAtBlankLinesExactlyAsTheRegexDid() {
        Pattern blankLines = Pattern.compile("\\n\\s*\\n");
        char[] alphabet = { 'a', 'b', ' ', ' ', '\n', '\n', '\t', '\r', '\f', '\u000B', '\u00A0', '\u2003' };
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            List<String> expected = Arrays.stream(blankLines.split(s)).map(String::strip).filter(p -> !p.isEmpty())
                    .toList();
            assertThat(ArticleParser.paragraphs(s)).as("%s", s.replace("\n", "\\n")).isEqualTo(expected);
        }
    }
}
