package dev.tolk.markup;

import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline syntax of one Markdown segment, encoded into an {@link Inline}: links and emphasis become
 * {@code <xN>…</xN>} around their words, inline code, images, autolinks, bare URLs, inline HTML, backslash escapes
 * and hard line breaks become standalone {@code <xN/>}. At one position the first construct in that order wins (code
 * before anything, so a link inside backticks stays code).
 * <p>
 * Written as a scanner rather than one regular expression because the expression went quadratic on hostile input:
 * at every {@code [} (or {@code *}, {@code `}, …) it searched the rest of the text for a closer that was not there,
 * so 30 000 {@code [} took 20 s of CPU. Here each opener finds its closer in {@link NextPositions}, tables built
 * once per segment in one backward pass, so a segment is read in time linear in its length (times the nesting depth,
 * which is bounded by {@code tolk.limits.max-markup-depth}).
 */
final class MarkdownInline {

    private static final Pattern AUTO_SCHEME = Pattern.compile("<(?:https?|mailto|ftp):");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>()]*[^\\s<>().,;:!?'\"]");
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** Stands for a hard line break (see {@link MarkdownText}). */
    static final char BREAK = '\u0000';

    private final String text;
    private final int n;
    private final Inline inline;
    private final Deque<String> breaks;
    private final int depth;
    private final int maxDepth;
    private final NextPositions next;
    /** Start of the plain text not yet added to {@link #inline}. */
    private int plainFrom;

    private MarkdownInline(String text, Inline inline, Deque<String> breaks, int depth, int maxDepth) {
        this.text = text;
        this.n = text.length();
        this.inline = inline;
        this.breaks = breaks;
        this.depth = depth;
        this.maxDepth = maxDepth;
        this.next = new NextPositions(text);
    }

    /** @throws TooDeeplyNestedException when links and emphasis nest deeper than {@code maxDepth} */
    static void encode(String text, Inline inline, Deque<String> breaks, int maxDepth) {
        new MarkdownInline(text, inline, breaks, 0, maxDepth).run();
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                int ticks = run(i, '`');
                int close = next.sameTicks(i);
                if (close < 0) {
                    i += ticks; // an unmatched run of backticks is text (CommonMark)
                    continue;
                }
                i = standalone(i, close + ticks, text.substring(i + ticks, close));
                continue;
            }
            int end = construct(i, c);
            if (end < 0) {
                i++;
                continue;
            }
            i = end;
        }
        flushTo(n);
    }

    /** Adds the plain text before {@code to}; called before each construct is added. */
    private void flushTo(int to) {
        if (to > plainFrom) {
            inline.text(text.substring(plainFrom, to));
        }
    }

    /**
     * Encodes the construct starting at {@code i}, if any, after the plain text before it.
     *
     * @return where it ends, or -1 when none starts here
     */
    private int construct(int i, char c) {
        switch (c) {
            case '\\' -> {
                if (i + 1 < n && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                    return standalone(i, i + 2, text.substring(i + 1, i + 2));
                }
            }
            case '!' -> {
                int end = at(i + 1, '[') ? linkEnd(i + 1, 0) : -1;
                if (end > 0) {
                    return standalone(i, end, ""); // an image: neither its alt text nor its URL is sent
                }
            }
            case '[' -> {
                int end = linkEnd(i, 1);
                if (end > 0) {
                    int close = next.of(']', i + 1);
                    return around(i, end, "[", text.substring(close, end), i + 1, close);
                }
            }
            case '<' -> {
                return angle(i);
            }
            case 'h', 'w' -> {
                if (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)) {
                    Matcher m = URL.matcher(text).region(i, n);
                    if (m.lookingAt()) {
                        return standalone(i, m.end(), m.group());
                    }
                }
            }
            case '*' -> {
                if (at(i + 1, '*')) {
                    int close = pairCloser(i, NextPositions.Closer.STRONG);
                    if (close > 0) {
                        return around(i, close + 2, "**", "**", i + 2, close);
                    }
                }
                if (i + 1 < n && !space(text.charAt(i + 1)) && text.charAt(i + 1) != '*') {
                    int close = next.closer(NextPositions.Closer.EM, i + 2);
                    if (close > 0) {
                        return around(i, close + 1, "*", "*", i + 1, close);
                    }
                }
            }
            case '_' -> {
                if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    return -1;
                }
                if (at(i + 1, '_')) {
                    int close = pairCloser(i, NextPositions.Closer.USTRONG);
                    if (close > 0) {
                        return around(i, close + 2, "__", "__", i + 2, close);
                    }
                }
                if (i + 1 < n && !space(text.charAt(i + 1)) && text.charAt(i + 1) != '_') {
                    int close = next.closer(NextPositions.Closer.UEM, i + 2);
                    if (close > 0) {
                        return around(i, close + 1, "_", "_", i + 1, close);
                    }
                }
            }
            case '~' -> {
                if (at(i + 1, '~')) {
                    int close = pairCloser(i, NextPositions.Closer.STRIKE);
                    if (close > 0) {
                        return around(i, close + 2, "~~", "~~", i + 2, close);
                    }
                }
            }
            case BREAK -> {
                flushTo(i);
                inline.standalone(breaks.isEmpty() ? "\n" : breaks.poll(), " ");
                plainFrom = i + 1;
                return i + 1;
            }
            default -> {
                return -1;
            }
        }
        return -1;
    }

    /** An autolink, an HTML comment or an inline tag at {@code i}; -1 if none. */
    private int angle(int i) {
        Matcher scheme = AUTO_SCHEME.matcher(text).region(i, n);
        if (scheme.lookingAt()) {
            int end = next.closer(NextPositions.Closer.AUTOLINK_END, scheme.end());
            if (end > 0 && text.charAt(end) == '>') {
                String whole = text.substring(i, end + 1);
                return standalone(i, end + 1, whole);
            }
        }
        if (text.startsWith("<!--", i)) {
            int end = next.closer(NextPositions.Closer.COMMENT, i + 4);
            if (end > 0) {
                return standalone(i, end + 3, "");
            }
        }
        Matcher tag = TAG.matcher(text).region(i, n);
        return tag.lookingAt() ? standalone(i, tag.end(), "") : -1;
    }

    /**
     * The end of {@code [text](target)} or {@code [text][ref]} starting at {@code open}, or -1.
     *
     * @param minText 1 for a link (its text may not be empty), 0 for an image
     */
    private int linkEnd(int open, int minText) {
        int close = next.of(']', open + 1);
        if (close < 0 || close - open - 1 < minText || close + 1 >= n) {
            return -1;
        }
        char t = text.charAt(close + 1);
        int end = t == '(' ? next.of(')', close + 2) : t == '[' ? next.of(']', close + 2) : -1;
        return end < 0 ? -1 : end + 1;
    }

    /** The closer of {@code **}, {@code __} or {@code ~~} opening at {@code i} (which needs text after it), or -1. */
    private int pairCloser(int i, NextPositions.Closer kind) {
        return i + 2 < n && !space(text.charAt(i + 2)) ? next.closer(kind, i + 3) : -1;
    }

    private int standalone(int from, int to, String plain) {
        flushTo(from);
        inline.standalone(text.substring(from, to), plain);
        plainFrom = to;
        return to;
    }

    private int around(int from, int to, String open, String close, int innerFrom, int innerTo) {
        if (depth >= maxDepth) {
            throw new TooDeeplyNestedException(Format.MARKDOWN, maxDepth);
        }
        flushTo(from);
        int id = inline.open(new String[] { open, close });
        new MarkdownInline(text.substring(innerFrom, innerTo), inline, breaks, depth + 1, maxDepth).run();
        inline.close(id);
        plainFrom = to;
        return to;
    }

    private int run(int from, char c) {
        int p = from;
        while (p < n && text.charAt(p) == c) {
            p++;
        }
        return p - from;
    }

    private boolean at(int p, char c) {
        return p < n && text.charAt(p) == c;
    }

    /** What {@code \s} matches in a Java regular expression. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
