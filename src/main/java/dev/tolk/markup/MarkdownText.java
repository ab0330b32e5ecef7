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

    // No repeated groups and no lazy searches in these: Java runs a repeated group by recursion (5 000 nested '>'
    // overflowed the stack) and a lazy one in quadratic time on a long line; single-character repeats are loops.
    private static final Pattern FENCE = Pattern.compile("^[ \\t>]*(`{3,}|~{3,})");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]+");
    private static final Pattern EMPTY_ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^[ \\t]*\\|");
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}<(?:!--|/?(?:address|article|aside|blockquote|"
            + "details|div|dl|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|script|section|style|"
            + "table|ul)(?:[\\s/>]|$))", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\\t)");
    /** Stands for a hard line break while a paragraph's lines are joined; never in submitted text (normalised). */
    private static final char BREAK = MarkdownInline.BREAK;
    /** Used where no limit is configured (unit tests); the service passes tolk.limits.max-markup-depth. */
    static final int DEFAULT_MAX_DEPTH = 100;

    /** Output lines: each a list of verbatim strings and segment numbers (Integer, into {@link #segments}). */
    private final List<List<Object>> lines = new ArrayList<>();
    private final List<Inline> segments = new ArrayList<>();
    private final boolean finalNewline;
    private final int maxDepth;

    private MarkdownText(boolean finalNewline, int maxDepth) {
        this.finalNewline = finalNewline;
        this.maxDepth = maxDepth;
    }

    static MarkdownText parse(String markdown) {
        return parse(markdown, DEFAULT_MAX_DEPTH);
    }

    /** @throws TooDeeplyNestedException when quotes, or links and emphasis, nest deeper than {@code maxDepth} */
    static MarkdownText parse(String markdown, int maxDepth) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n').replace(BREAK, ' ');
        boolean finalNewline = text.endsWith("\n");
        MarkdownText out = new MarkdownText(finalNewline, maxDepth);
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
        MarkdownParagraph para = null;
        for (String line : text.split("\n", -1)) {
            if (fence != null) {
                verbatim(line);
                fence = MarkdownLines.closesFence(line, fence) ? null : fence;
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
            if (!Character.isWhitespace(line.charAt(0)) && !MarkdownLines.ITEM.matcher(line).lookingAt()) {
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
            if (MarkdownLines.isRule(line) || para != null && SETEXT.matcher(line).matches()) {
                para = flush(para);
                verbatim(line);
                continue;
            }
            if (TABLE_ROW.matcher(line).lookingAt()) {
                para = flush(para);
                tableRow(line);
                continue;
            }
            MarkdownLines.Containers c = MarkdownLines.containers(line, maxDepth);
            int at = c.end();
            int quotes = c.quotes();
            boolean item = c.item();
            String prefix = line.substring(0, at);
            String rest = line.substring(at);
            if (rest.isBlank()) {
                para = flush(para);
                verbatim(line);
                continue;
            }
            if (EMPTY_ATX.matcher(rest).matches()) {
                para = flush(para);
                verbatim(line);
                continue;
            }
            Matcher h = ATX.matcher(rest);
            if (h.lookingAt()) {
                para = flush(para);
                heading(prefix + h.group(), rest.substring(h.end()), line);
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
            para = new MarkdownParagraph(prefix + indent, quotes);
            para.add(rest.strip(), line);
        }
        flush(para);
    }

    private void verbatim(String line) {
        lines.add(List.of(line));
    }

    /** A heading's text without its optional closing sequence ({@code ## Title ##}), which stays as it was. */
    private void heading(String prefix, String content, String original) {
        int end = MarkdownLines.headingTextEnd(content);
        Integer segment = segment(content.substring(0, end), new ArrayDeque<>());
        lines.add(segment == null ? List.of(original) : List.of(prefix, segment, content.substring(end)));
    }

    private MarkdownParagraph flush(MarkdownParagraph para) {
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
        MarkdownInline.encode(text, inline, breaks, maxDepth);
        if (!HtmlText.hasLetters(Placeholders.strip(inline.text()))) {
            return null;
        }
        segments.add(inline);
        return segments.size() - 1;
    }

    /** A paragraph being read: its lines' text, and the hard breaks between them as they were written. */
}
