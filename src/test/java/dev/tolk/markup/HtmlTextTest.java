package dev.tolk.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML in and out: what becomes a segment, what the model sees, and that the markup comes back unchanged. */
class HtmlTextTest {

    private static final String PARAGRAPH = "<p class=\"lead\">Lederen af <a href=\"https://reuters.com/a?b=1&amp;c=2\" "
            + "title=\"Læs mere\"><strong>Hamas</strong>, Ismail Haniyeh</a>, er <em>onsdag</em> kommet til Kairo."
            + "<br>Drøftelser &amp; møder.</p>";

    @Test
    void nestedInlineTagsBecomeNestedPlaceholdersAndNoAttributeIsSent() {
        List<Inline> segments = HtmlText.parse(PARAGRAPH).segments();
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).text()).isEqualTo("Lederen af <x1><x2>Hamas</x2>, Ismail Haniyeh</x1>, er "
                + "<x3>onsdag</x3> kommet til Kairo.<x4/>Drøftelser & møder.");
    }

    @Test
    void aTranslationWithTheSamePlaceholdersGetsEveryTagAndAttributeBack() {
        HtmlText html = HtmlText.parse(PARAGRAPH);
        String out = html.render(List.of("The leader of <x1><x2>Hamas</x2>, Ismail Haniyeh</x1>, arrived in Cairo "
                + "on <x3>Wednesday</x3>.<x4/>Talks & meetings."));
        assertThat(out).isEqualTo("<p class=\"lead\">The leader of <a href=\"https://reuters.com/a?b=1&amp;c=2\" "
                + "title=\"Læs mere\"><strong>Hamas</strong>, Ismail Haniyeh</a>, arrived in Cairo on "
                + "<em>Wednesday</em>.<br>Talks &amp; meetings.</p>");
        assertThat(tags(out)).isEqualTo(tags(PARAGRAPH));
    }

    @Test
    void theSourceRendersBackToItself() {
        HtmlText html = HtmlText.parse(PARAGRAPH);
        assertThat(html.render(html.segments().stream().map(Inline::text).toList())).isEqualTo(PARAGRAPH);
    }

    @Test
    void selfClosingAndEmptyElementsAreStandalonePlaceholdersKeptWhole() {
        String src = "<p>Se billedet <img src=\"k.jpg\" alt=\"Kairo\"/> og koden <code>a &lt; b</code><a id=\"x\"></a>"
                + " her.</p>";
        HtmlText html = HtmlText.parse(src);
        assertThat(html.segments().get(0).text()).isEqualTo("Se billedet <x1/> og koden <x2/><x3/> her.");
        String out = html.render(List.of("See the picture <x1/> and the code <x2/><x3/> here."));
        assertThat(out).isEqualTo("<p>See the picture <img src=\"k.jpg\" alt=\"Kairo\"> and the code "
                + "<code>a &lt; b</code><a id=\"x\"></a> here.</p>");
        assertThat(html.segments().get(0).plain("Se billedet <x1/> og koden <x2/><x3/> her."))
                .isEqualTo("Se billedet og koden a < b her.");
    }

    @Test
    void blocksListsAndLooseTextAreSegmentsWhileCodeAndScriptsAreNot() {
        String src = "<h2>Overskrift</h2>\n<ul>\n  <li>Første punkt</li>\n  <li>Andet <b>punkt</b>\n"
                + "    <ul><li>Under</li></ul></li>\n</ul>\nLøs tekst\n<pre>kode her</pre>"
                + "<script>var s = \"Dansk tekst\";</script><div><p>Inde</p> efter</div>";
        List<String> texts = HtmlText.parse(src).segments().stream().map(Inline::text).toList();
        assertThat(texts).containsExactly("Overskrift", "Første punkt", "Andet <x1>punkt</x1>", "Under",
                "Løs tekst", "Inde", "efter");
    }

    @Test
    void aBrokenTranslationLosesOnlyTheBrokenMarkupAndStaysWellFormed() {
        HtmlText html = HtmlText.parse(PARAGRAPH);
        String out = html.render(List.of("The leader of <x2><x1>Hamas</x2>, Ismail Haniyeh</x1>, arrived in Cairo "
                + "on <x3>Wednesday.<x4/>Talks & meetings."));
        assertThat(Jsoup.parseBodyFragment(out).text())
                .isEqualTo("The leader of Hamas, Ismail Haniyeh, arrived in Cairo on Wednesday. Talks & meetings.");
        // </x2> closed across <x1>: <strong> is lost; <x3> never closed: <em> is lost; the link and <br> are kept.
        assertThat(out).isEqualTo("<p class=\"lead\">The leader of <a href=\"https://reuters.com/a?b=1&amp;c=2\" "
                + "title=\"Læs mere\">Hamas, Ismail Haniyeh</a>, arrived in Cairo on Wednesday.<br>Talks &amp; "
                + "meetings.</p>");
    }

    @Test
    void textThatLooksLikeAPlaceholderIsLeftAlone() {
        HtmlText html = HtmlText.parse("<p>Skriv &lt;x1&gt; her</p><p>Dansk tekst</p>");
        assertThat(html.segments()).extracting(Inline::text).containsExactly("Dansk tekst");
        assertThat(html.render(List.of("Danish text"))).isEqualTo("<p>Skriv &lt;x1&gt; her</p><p>Danish text</p>");
    }

    @Test
    void aWholeDocumentStaysAWholeDocumentWithItsHeadUntouched() {
        String src = "<!DOCTYPE html>\n<html lang=\"da\"><head><title>Dansk titel</title></head>"
                + "<body><p>Hej verden</p></body></html>";
        HtmlText html = HtmlText.parse(src);
        assertThat(html.segments()).extracting(Inline::text).containsExactly("Hej verden");
        assertThat(html.render(List.of("Hello world"))).isEqualTo("<!doctype html>\n<html lang=\"da\"><head>"
                + "<title>Dansk titel</title></head><body><p>Hello world</p></body></html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<table><tr><th>Land</th><td>Døde <i>ca.</i></td></tr><tr><td>Gaza</td><td>19.667</td></tr></table>",
            "<ol><li><p>Første</p><ul><li>Under <a href=\"/x\">led</a></li></ul></li><li>Andet</li></ol>",
            "<a href=\"/a\"><div>Blok i link</div></a> og tekst <span class=\"x\"><!-- note -->med kommentar</span>",
            "<p>Ord&nbsp;og &lt;tegn&gt; &amp; &quot;citat&quot; og <q cite=\"u\">citat <b><i>dybt</i></b></q></p>",
            "<p>Uden slut <b>fed <i>kursiv</b> rest</i><p>Næste",
            "<section><h3 id=\"a\">Titel <small>lille</small></h3>\n\n  <p>\n    Tekst\n  </p></section>" })
    void anyDocumentRendersBackWithTheSameTagsAndText(String html) {
        HtmlText parsed = HtmlText.parse(html);
        assertThat(parsed.segments()).isNotEmpty();
        String out = parsed.render(parsed.segments().stream().map(Inline::text).toList());
        assertThat(tags(out)).isEqualTo(tags(html));
        assertThat(Jsoup.parseBodyFragment(out).text()).isEqualTo(Jsoup.parseBodyFragment(html).text());
    }

    /** Every element's name and attributes, in document order. */
    static List<String> tags(String html) {
        return Jsoup.parseBodyFragment(html).body().select("*").stream().skip(1)
                .map(Element::shallowClone).map(e -> e.outerHtml()).toList();
    }
}
