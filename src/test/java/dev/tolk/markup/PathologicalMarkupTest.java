package dev.tolk.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes of CommonMark's own "pathological inputs" list (commonmark/cmark test/pathological_tests.py), at the
 * size tolk accepts (tolk.limits.max-text-chars, 100 000 characters): each is read in time linear in its length. The
 * timeouts are generous (seconds) so they can only fail on a real blow-up: before this fix 30 000 '[' took 20 s.
 * Deep nesting is refused (TooDeeplyNestedException, a 400) before any recursion can overflow the stack.
 */
class PathologicalMarkupTest {

    private static final int SIZE = 100_000;

    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("unclosed brackets", "Tekst " + "[".repeat(SIZE - 6)),
                Arguments.of("unclosed brackets then one close", "[".repeat(SIZE / 2) + "a]" + "x".repeat(10)),
                Arguments.of("unclosed link targets", "[a](".repeat(SIZE / 4)),
                Arguments.of("unclosed images", "![a".repeat(SIZE / 3)),
                Arguments.of("link texts without targets", "[a] ".repeat(SIZE / 4)),
                Arguments.of("links in links", "[".repeat(SIZE / 8) + "a" + "](b)".repeat(SIZE / 8)),
                Arguments.of("nested emphasis, unclosed", "*a ".repeat(SIZE / 3)),
                Arguments.of("nested strong, unclosed", "**a ".repeat(SIZE / 4)),
                Arguments.of("underscores, unclosed", "_a ".repeat(SIZE / 3)),
                Arguments.of("strikes, unclosed", "~~a ".repeat(SIZE / 4)),
                Arguments.of("emphasis closers only", "a* ".repeat(SIZE / 3)),
                Arguments.of("alternating delimiters", "*_".repeat(SIZE / 2)),
                Arguments.of("backticks of growing length", backticks()),
                Arguments.of("unclosed backticks", "Tekst `a ".repeat(SIZE / 9)),
                Arguments.of("unclosed html comments", "Tekst <!-- ".repeat(SIZE / 11)),
                Arguments.of("unclosed autolinks", "Tekst <http:a".repeat(SIZE / 13)),
                Arguments.of("unclosed tags", "Tekst <a href=".repeat(SIZE / 14)),
                Arguments.of("heading with spaces", "# a" + " ".repeat(SIZE - 4) + "b"),
                Arguments.of("list markers on one line", "- ".repeat(SIZE / 2) + "Tekst"),
                Arguments.of("a rule of spaces", "-" + " ".repeat(SIZE - 2) + "-"),
                Arguments.of("escapes", "Tekst " + "\\*".repeat(SIZE / 2 - 3)),
                Arguments.of("ten thousand one-word paragraphs", "Ord\n\n".repeat(SIZE / 5)),
                Arguments.of("indented lists", indentedList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void markdownIsReadInLinearTime(String name, String markdown) {
        try {
            MarkdownText md = MarkdownText.parse(markdown);
            List<String> texts = md.segments().stream().map(Inline::text).toList();
            md.render(texts);
        } catch (TooDeeplyNestedException fine) {
            // a refusal is an answer too; what must not happen is a stack overflow or minutes of CPU
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void thousandsOfNestedQuotesAreRefused() {
        assertThatThrownBy(() -> MarkdownText.parse("> ".repeat(5000) + "Tekst"))
                .isInstanceOf(TooDeeplyNestedException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> MarkdownText.parse(">".repeat(SIZE - 5) + "Tekst"))
                .isInstanceOf(TooDeeplyNestedException.class);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void inlineNestingDeeperThanTheLimitIsRefused() {
        assertThatThrownBy(() -> MarkdownText.parse("Se [**hele _artiklen_**](https://x.dk)", 2))
                .isInstanceOf(TooDeeplyNestedException.class);
        assertThat(MarkdownText.parse("Se [**hele _artiklen_**](https://x.dk)", 3).segments()).hasSize(1);
    }

    @Test
    void nestingWithinTheLimitIsTranslated() {
        MarkdownText md = MarkdownText.parse("> ".repeat(20) + "Tekst med **fed _og kursiv_**");
        assertThat(md.segments()).hasSize(1);
        assertThat(md.render(List.of("Text with <x1>bold <x2>and italic</x2></x1>")))
                .isEqualTo("> ".repeat(20) + "Text with **bold _and italic_**");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void deeplyNestedHtmlIsRefused() {
        assertThatThrownBy(() -> HtmlText.parse("<div>".repeat(10_000) + "Tekst" + "</div>".repeat(10_000)))
                .isInstanceOf(TooDeeplyNestedException.class);
        assertThatThrownBy(() -> HtmlText.parse("<span>".repeat(20_000) + "Tekst"))
                .isInstanceOf(TooDeeplyNestedException.class);
        assertThatThrownBy(() -> HtmlText.parse("<div>".repeat(20_000)))
                .isInstanceOf(TooDeeplyNestedException.class);
        assertThatThrownBy(() -> HtmlText.parse("<div>".repeat(150) + "Tekst" + "</div>".repeat(150)))
                .as("deeper than the limit, within the estimate's margin: refused by the exact check")
                .isInstanceOf(TooDeeplyNestedException.class);
    }

    @Test
    void unclosedParagraphsAndFormattingDoNotCountAsNesting() {
        assertThat(HtmlNesting.exceeds("<p>Tekst".repeat(5000), 100)).isFalse();
        assertThat(HtmlNesting.exceeds("<img src=a><br>".repeat(5000), 100)).isFalse();
        assertThat(HtmlText.parse("<p>Tekst<br>".repeat(500)).segments()).hasSize(500);
    }

    @Test
    void htmlWithinTheLimitIsTranslated() {
        HtmlText html = HtmlText.parse("<div>".repeat(50) + "<p>Tekst</p>" + "</div>".repeat(50));
        assertThat(html.segments()).hasSize(1);
    }

    private static String backticks() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; out.length() < SIZE; i++) {
            out.append("`".repeat(i)).append('a');
        }
        return out.toString();
    }

    private static String indentedList() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; out.length() < SIZE; i++) {
            out.append(" ".repeat(i % 400)).append("- Punkt\n");
        }
        return out.toString();
    }
}
