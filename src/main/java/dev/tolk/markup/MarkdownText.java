package dev.tolk.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tolk.markup.Placeholders.Token;

/**
 * A Markdown article, read line by line. A paragraph, a heading, a list item's text, a quote and a table cell are
 * segments; their block syntax ({@code #}, {@code -}, {@code 1.}, {@code >}, pipes) stays outside what is sent.
 * Fenced and indented code, HTML blocks, rules and blank lines are kept verbatim. Inside a segment, links and
 * emphasis become {@code <xN>…</xN>} around their words (the {@code (url)} kept in tolk), and inline code, images,
 * autolinks, bare URLs, inline HTML, backslash escapes and hard line breaks become standalone {@code <xN/>}: no URL is
 * ever sent, and code is never translated.
 * <p>
 * Why not a CommonMark parser: its tree gives no way back to the source text, and re-rendering it would rewrite the
 * whole document (list markers, emphasis characters, spacing). Reading lines keeps every untouched line byte for byte,
 * at the price of covering the common syntax rather than every corner of CommonMark. A paragraph that spanned several
 * lines comes back on one line (the same Markdown: a soft line break is a space).
 */
final class MarkdownText implements SegmentedText {

    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(?:>[ \\t]?)*[ \\t]*(`{3,}|~{3,})");
    private static final Pattern ATX = Pattern.compile("^( {0,3}#{1,6}[ \\t]+)(.*?)((?:[ \\t]+#+)?[ \\t]*)$");
    private static final Pattern EMPTY_ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern ITEM = Pattern.compile(
            "^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+\\[[ xX]\\])?(?:[ \\t]+|$)");
    private static final Pattern TABLE_ROW = Pattern.compile("^[ \\t]*\\|");
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}<(?:!--|/?(?:address|article|aside|blockquote|"
            + "details|div|dl|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|script|section|style|"
            + "table|ul)(?:[\\s/>]|$))", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\\t)");
    /** Stands for a hard line break while a paragraph's lines are joined; never in submitted text (normalised). */
    private static final char BREAK = '\u0000';

    /**
     * Inline constructs, tried left to right; at one position the first alternative wins (code before anything, so
     * a link inside backticks stays code).
     */
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>(?<ticks>`+).+?\\k<ticks>)"
            + "|(?<escape>\\\\[!-/:-@\\[-`{-~])"
            + "|(?<image>!\\[[^\\]]*\\](?:\\([^)]*\\)|\\[[^\\]]*\\]))"
            + "|(?<link>\\[(?<linkText>[^\\]]+)\\](?<target>\\([^)]*\\)|\\[[^\\]]*\\]))"
            + "|(?<auto><(?:https?|mailto|ftp):[^>\\s]*>)"
            + "|(?<html></?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?-->)"
            + "|(?<url>(?:https?://|www\\.)[^\\s<>()]*[^\\s<>().,;:!?'\"])"
            + "|(?<strong>\\*\\*(?=\\S)(?<strongText>.+?)(?<=\\S)\\*\\*)"
            + "|(?<ustrong>(?<![\\p{L}\\p{N}])__(?=\\S)(?<ustrongText>.+?)(?<=\\S)__(?![\\p{L}\\p{N}]))"
            + "|(?<strike>~~(?=\\S)(?<strikeText>.+?)(?<=\\S)~~)"
            + "|(?<em>\\*(?=[^\\s*])(?<emText>.+?)(?<=[^\\s*])\\*)"
            + "|(?<uem>(?<![\\p{L}\\p{N}])_(?=[^\\s_])(?<uemText>.+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}]))"
            + "|(?<hardBreak>\u0000)");

    /** Output lines: each a list of verbatim strings and segment numbers (Integer, into {@link #segments}). */
    private final List<List<Object>> lines = new ArrayList<>();
    private final List<Inline> segments = new ArrayList<>();
    private final boolean finalNewline;

    private MarkdownText(boolean finalNewline) {
        this.finalNewline = finalNewline;
    }

    static MarkdownText parse(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n').replace(BREAK, ' ');
        boolean finalNewline = text.endsWith("\n");
        MarkdownText out = new MarkdownText(finalNewline);
        out.read(finalNewline ? text.substring(0, text.length() - 1) : text);
        return out;
    }

    @Override
    public List<Inline> segments() {
        return segments;
    }

    @Override
    public String render(List<String> translated) {
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            if (l > 0) {
                out.append('\n');
            }
            for (Object piece : lines.get(l)) {
                out.append(piece instanceof Integer i ? restore(segments.get(i), translated.get(i)) : (String) piece);
            }
        }
        return finalNewline ? out.append('\n').toString() : out.toString();
    }

    private static String restore(Inline segment, String translated) {
        StringBuilder out = new StringBuilder();
        Deque<Integer> open = new ArrayDeque<>();
        for (Token t : segment.tokens(translated)) {
            switch (t.kind()) {
                case TEXT -> out.append(t.text());
                case OPEN -> {
                    out.append(((String[]) segment.pair(t.n()))[0]);
                    open.push(t.n());
                }
                case CLOSE -> out.append(((String[]) segment.pair(open.pop()))[1]);
                case STANDALONE -> out.append((String) segment.standalone(t.n()));
            }
        }
        return out.toString();
    }

    // ---- blocks

    private void read(String text) {
        String fence = null;
        boolean htmlBlock = false;
        boolean inList = false;
        Paragraph para = null;
        for (String line : text.split("\n", -1)) {
            if (fence != null) {
                verbatim(line);
                String s = line.replaceFirst("^[ \\t>]*", "");
                if (s.startsWith(fence) && s.replace(fence.substring(0, 1), "").isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (htmlBlock) {
                htmlBlock = !line.isBlank();
                verbatim(line);
                continue;
            }
            if (line.isBlank()) {
                para = flush(para);
                verbatim(line);
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !ITEM.matcher(line).lookingAt()) {
                inList = false; // back at the margin: an indented line after a blank one is code again
            }
            Matcher f = FENCE.matcher(line);
            if (f.lookingAt()) {
                para = flush(para);
                verbatim(line);
                fence = f.group(1);
                continue;
            }
            if (para == null && !inList && INDENTED.matcher(line).lookingAt()) {
                verbatim(line); // indented code
                continue;
            }
            if (HTML_BLOCK.matcher(line).lookingAt()) {
                para = flush(para);
                verbatim(line);
                htmlBlock = true;
                continue;
            }
            if (RULE.matcher(line).matches() || para != null && SETEXT.matcher(line).matches()) {
                para = flush(para);
                verbatim(line);
                continue;
            }
            if (TABLE_ROW.matcher(line).lookingAt()) {
                para = flush(para);
                tableRow(line);
                continue;
            }
            // Container markers: quotes and one list marker, kept as the line's prefix.
            String rest = line;
            StringBuilder prefix = new StringBuilder();
            int quotes = 0;
            boolean item = false;
            while (true) {
                Matcher q = QUOTE.matcher(rest);
                if (q.lookingAt()) {
                    prefix.append(q.group());
                    rest = rest.substring(q.end());
                    quotes++;
                    continue;
                }
                Matcher i = item ? null : ITEM.matcher(rest);
                if (i != null && i.lookingAt() && !RULE.matcher(rest).matches()) {
                    prefix.append(i.group());
                    rest = rest.substring(i.end());
                    item = true;
                    continue;
                }
                break;
            }
            if (rest.isBlank()) {
                para = flush(para);
                verbatim(line);
                continue;
            }
            Matcher h = ATX.matcher(rest);
            if (h.matches() || EMPTY_ATX.matcher(rest).matches()) {
                para = flush(para);
                if (h.matches()) {
                    heading(prefix + h.group(1), h.group(2), h.group(3), line);
                } else {
                    verbatim(line);
                }
                continue;
            }
            if (item) {
                inList = true;
            }
            if (para != null && !item && (quotes == 0 || quotes == para.quotes)) {
                para.add(rest.strip(), line); // continuation (or lazy continuation) of the paragraph
                continue;
            }
            para = flush(para);
            String indent = rest.substring(0, rest.length() - rest.stripLeading().length());
            para = new Paragraph(prefix + indent, quotes);
            para.add(rest.strip(), line);
        }
        flush(para);
    }

    private void verbatim(String line) {
        lines.add(List.of(line));
    }

    private void heading(String prefix, String text, String suffix, String original) {
        Integer segment = segment(text, new ArrayDeque<>());
        lines.add(segment == null ? List.of(original) : List.of(prefix, segment, suffix));
    }

    private Paragraph flush(Paragraph para) {
        if (para == null) {
            return null;
        }
        Integer segment = segment(para.joined(), para.breaks);
        if (segment == null) {
            para.originals.forEach(this::verbatim);
        } else {
            lines.add(List.of(para.prefix, segment));
        }
        return null;
    }

    /** A table row: each cell's text is a segment, the pipes and padding stay. */
    private void tableRow(String line) {
        List<Object> pieces = new ArrayList<>();
        int start = 0;
        boolean code = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '|';
            if (i < line.length() && c == '\\') {
                i++;
                continue;
            }
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && (!code || i == line.length())) {
                String cell = line.substring(start, i);
                String content = cell.strip();
                Integer segment = content.isEmpty() ? null : segment(content, new ArrayDeque<>());
                if (segment == null) {
                    pieces.add(cell);
                } else {
                    int lead = cell.indexOf(content);
                    pieces.add(cell.substring(0, lead));
                    pieces.add(segment);
                    pieces.add(cell.substring(lead + content.length()));
                }
                if (i < line.length()) {
                    pieces.add("|");
                }
                start = i + 1;
            }
        }
        lines.add(pieces);
    }

    /** Encodes text as a segment; null when it has no words to translate. */
    private Integer segment(String text, Deque<String> breaks) {
        Inline inline = new Inline();
        encode(text, inline, breaks);
        if (!HtmlText.hasLetters(Placeholders.strip(inline.text()))) {
            return null;
        }
        segments.add(inline);
        return segments.size() - 1;
    }

    // ---- inline

    private static void encode(String text, Inline inline, Deque<String> breaks) {
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            inline.text(text.substring(at, m.start()));
            at = m.end();
            if (m.group("link") != null) {
                around(inline, "[", "]" + m.group("target"), m.group("linkText"), breaks);
            } else if (m.group("strong") != null) {
                around(inline, "**", "**", m.group("strongText"), breaks);
            } else if (m.group("ustrong") != null) {
                around(inline, "__", "__", m.group("ustrongText"), breaks);
            } else if (m.group("strike") != null) {
                around(inline, "~~", "~~", m.group("strikeText"), breaks);
            } else if (m.group("em") != null) {
                around(inline, "*", "*", m.group("emText"), breaks);
            } else if (m.group("uem") != null) {
                around(inline, "_", "_", m.group("uemText"), breaks);
            } else if (m.group("hardBreak") != null) {
                inline.standalone(breaks.isEmpty() ? "\n" : breaks.poll(), " ");
            } else if (m.group("code") != null) {
                String ticks = m.group("ticks");
                inline.standalone(m.group(), m.group().substring(ticks.length(), m.group().length() - ticks.length()));
            } else if (m.group("escape") != null) {
                inline.standalone(m.group(), m.group().substring(1));
            } else if (m.group("url") != null || m.group("auto") != null) {
                inline.standalone(m.group(), m.group());
            } else {
                inline.standalone(m.group(), ""); // image, inline HTML
            }
        }
        inline.text(text.substring(at));
    }

    private static void around(Inline inline, String open, String close, String inner, Deque<String> breaks) {
        int n = inline.open(new String[] { open, close });
        encode(inner, inline, breaks);
        inline.close(n);
    }

    /** A paragraph being read: its lines' text, and the hard breaks between them as they were written. */
    private static final class Paragraph {
        final String prefix;
        final int quotes;
        final List<String> parts = new ArrayList<>();
        final List<String> originals = new ArrayList<>();
        final Deque<String> breaks = new ArrayDeque<>();

        Paragraph(String prefix, int quotes) {
            this.prefix = prefix;
            this.quotes = quotes;
        }

        void add(String text, String original) {
            originals.add(original);
            parts.add(text);
        }

        /** The lines joined by spaces, a hard break (two trailing spaces or a backslash) kept as a marker. */
        String joined() {
            StringBuilder out = new StringBuilder();
            String continuation = prefix.replaceAll("[^>]", " ");
            for (int i = 0; i < parts.size(); i++) {
                String original = originals.get(i);
                String part = parts.get(i);
                if (i == parts.size() - 1) {
                    out.append(part);
                } else if (original.endsWith("  ")) {
                    out.append(part.stripTrailing()).append(BREAK);
                    breaks.add("  \n" + continuation);
                } else if (part.endsWith("\\")) {
                    out.append(part, 0, part.length() - 1).append(BREAK);
                    breaks.add("\\\n" + continuation);
                } else {
                    out.append(part).append(' ');
                }
            }
            return out.toString();
        }
    }
}
