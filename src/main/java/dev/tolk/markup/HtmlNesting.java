package dev.tolk.markup;

import java.util.Locale;
import java.util.Set;

/**
 * A quick upper estimate of how deeply an HTML text nests, read before jsoup parses it: jsoup closes an element by
 * searching its stack of open elements, so 9 000 nested {@code <div>}s with their end tags cost it over a second,
 * and the exact depth is only known after that. Elements that need no end tag (void ones, and those whose end is
 * implied, like {@code p} or {@code li}) are not counted, so sloppy real-world HTML is not overcounted; the exact
 * check on jsoup's tree (in {@link HtmlText}) still applies to whatever passes this one.
 */
final class HtmlNesting {

    /** Elements without content, or whose end tag may be left out: they do not deepen what follows. */
    private static final Set<String> NOT_COUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead",
            "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body");

    private HtmlNesting() {
    }

    /** Whether the tags of {@code html}, counted as opened minus closed, ever go deeper than {@code limit}. */
    static boolean exceeds(String html, int limit) {
        int depth = 0;
        int n = html.length();
        for (int i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    return false;
                }
                i = end;
                continue;
            }
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < n && Character.isLetterOrDigit(html.charAt(end))) {
                end++;
            }
            if (end == start || !Character.isLetter(html.charAt(start))) {
                continue;
            }
            if (NOT_COUNTED.contains(html.substring(start, end).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int close = html.indexOf('>', end);
            if (close < 0) {
                return false;
            }
            if (closing) {
                depth = Math.max(0, depth - 1);
            } else if (html.charAt(close - 1) != '/' && ++depth > limit) {
                return true;
            }
            i = close;
        }
        return false;
    }
}
