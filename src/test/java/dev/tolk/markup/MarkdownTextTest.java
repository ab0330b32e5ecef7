package dev.tolk.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown in and out: block syntax outside the segments, inline syntax as placeholders, URLs never sent. */
class MarkdownTextTest {

    private static final String DOC = """
            # Hamas-leder i Kairo

            Lederen af Hamas, **Ismail Haniyeh**, er kommet til [Kairo](https://da.wikipedia.org/wiki/Kairo "Byen"), \
            skriver _Reuters_.

            - Første punkt med `kode`
            - Andet punkt: se https://dr.dk/nyheder
              1. Under *punkt*

            > Nok er nok, sagde han.

            ```java
            String s = "Dansk tekst";
            ```

                indrykket kode

            | Land | Døde |
            |------|-----:|
            | Gaza | 19.667 |

            ---
            ![Billede af Kairo](kairo.jpg) Billedtekst her.
            """;

    @Test
    void onlyTheWordsAreSegmentsAndInlineMarkupIsPlaceholders() {
        List<String> texts = MarkdownText.parse(DOC).segments().stream().map(Inline::text).toList();
        assertThat(texts).containsExactly(
                "Hamas-leder i Kairo",
                "Lederen af Hamas, <x1>Ismail Haniyeh</x1>, er kommet til <x2>Kairo</x2>, skriver <x3>Reuters</x3>.",
                "Første punkt med <x1/>",
                "Andet punkt: se <x1/>",
                "Under <x1>punkt</x1>",
                "Nok er nok, sagde han.",
                "Land", "Døde", "Gaza",
                "<x1/> Billedtekst her.");
        assertThat(String.join("\n", texts)).doesNotContain("http", "wikipedia", "kairo.jpg", "kode", "**", "```");
    }

    @Test
    void theSourceRendersBackToItself() {
        MarkdownText md = MarkdownText.parse(DOC);
        assertThat(md.render(md.segments().stream().map(Inline::text).toList())).isEqualTo(DOC);
    }

    @Test
    void aTranslationGetsItsLinksEmphasisAndBlocksBack() {
        MarkdownText md = MarkdownText.parse(DOC);
        String out = md.render(List.of(
                "Hamas leader in Cairo",
                "The leader of Hamas, <x1>Ismail Haniyeh</x1>, has arrived in <x2>Cairo</x2>, <x3>Reuters</x3> reports.",
                "First item with <x1/>",
                "Second item: see <x1/>",
                "Sub <x1>item</x1>",
                "Enough is enough, he said.",
                "Country", "Dead", "Gaza",
                "<x1/> Caption here."));
        assertThat(out).isEqualTo("""
                # Hamas leader in Cairo

                The leader of Hamas, **Ismail Haniyeh**, has arrived in [Cairo](https://da.wikipedia.org/wiki/Kairo \
                "Byen"), _Reuters_ reports.

                - First item with `kode`
                - Second item: see https://dr.dk/nyheder
                  1. Sub *item*

                > Enough is enough, he said.

                ```java
                String s = "Dansk tekst";
                ```

                    indrykket kode

                | Country | Dead |
                |------|-----:|
                | Gaza | 19.667 |

                ---
                ![Billede af Kairo](kairo.jpg) Caption here.
                """);
    }

    @Test
    void aParagraphOverSeveralLinesIsOneSegmentAndKeepsItsHardBreaks() {
        MarkdownText md = MarkdownText.parse("> Første linje  \n> anden *linje*\n> tredje\n");
        assertThat(md.segments()).extracting(Inline::text)
                .containsExactly("Første linje<x1/>anden <x2>linje</x2> tredje");
        assertThat(md.render(List.of("First line<x1/>second <x2>line</x2> third")))
                .isEqualTo("> First line  \n> second *line* third\n");
    }

    @Test
    void nestedEmphasisInsideALinkAndEscapes() {
        MarkdownText md = MarkdownText.parse("Se [**hele** artiklen](https://x.dk/a_b_c) \\*nu\\* & snake_case_ord.");
        assertThat(md.segments().get(0).text())
                .isEqualTo("Se <x1><x2>hele</x2> artiklen</x1> <x3/>nu<x4/> & snake_case_ord.");
        assertThat(md.render(List.of("See <x1>the <x2>whole</x2> article</x1> <x3/>now<x4/> & snake_case_ord.")))
                .isEqualTo("See [the **whole** article](https://x.dk/a_b_c) \\*now\\* & snake_case_ord.");
    }

    @Test
    void aBrokenTranslationKeepsTheWordsAndDropsOnlyTheBrokenMarkup() {
        MarkdownText md = MarkdownText.parse("Lederen af **Hamas** er i [Kairo](https://x.dk).");
        assertThat(md.render(List.of("The leader of <x1>Hamas is in <x2>Cairo</x1>."))).isEqualTo(
                "The leader of Hamas is in Cairo.");
    }

    @Test
    void inlineHtmlAndTextThatLooksLikeAPlaceholderAreKeptWhole() {
        MarkdownText md = MarkdownText.parse("Skriv <x1> og <sup>2</sup> her.");
        assertThat(md.segments().get(0).text()).isEqualTo("Skriv <x1/> og <x2/>2<x3/> her.");
        assertThat(md.render(List.of("Write <x1/> and <x2/>2<x3/> here."))).isEqualTo("Write <x1> and <sup>2</sup> here.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Titel\n=====\n\nUndertitel\n---\n",
            "## Overskrift med afslutning ##\n\n1) Første\n2) Andet\n\n- [ ] Opgave *en*\n- [x] Opgave to\n",
            "> > Citat i citat med __fed__ tekst\n>\n> Ydre citat\n",
            "| Kode | Betydning |\n| --- | --- |\n| `a|b` | Enten a eller b |\n",
            "Tekst med snake_case_navn og 2 * 3 * 4 = 24 og ~~slettet~~ ord.\n\n***\n\n<div class=\"x\">\nHTML blok\n</div>\n",
            "- Punkt\n\n    Fortsat afsnit i punktet\n\nSlut\n\n    kode efter afsnit\n" })
    void anyDocumentRendersBackToItself(String markdown) {
        MarkdownText md = MarkdownText.parse(markdown);
        assertThat(md.segments()).isNotEmpty();
        assertThat(md.render(md.segments().stream().map(Inline::text).toList())).isEqualTo(markdown);
    }

    @Test
    void codeAndHtmlBlocksAreNotSegments() {
        MarkdownText md = MarkdownText.parse("Tekst med snake_case_navn og 2 * 3 * 4 = 24 og ~~slettet~~ ord.\n\n"
                + "<div class=\"x\">\nHTML blok\n</div>\n\n- Punkt\n\n    Fortsat afsnit\n\nSlut\n\n    kode her\n");
        assertThat(md.segments()).extracting(Inline::text).containsExactly(
                "Tekst med snake_case_navn og 2 * 3 * 4 = 24 og <x1>slettet</x1> ord.", "Punkt", "Fortsat afsnit",
                "Slut");
    }

    @Test
    void plainTextForSummariesHasNoMarkup() {
        MarkdownText md = MarkdownText.parse("Lederen af **Hamas** er i [Kairo](https://x.dk) med `kode`.");
        Inline s = md.segments().get(0);
        assertThat(s.plain(s.text())).isEqualTo("Lederen af Hamas er i Kairo med kode.");
    }
}
