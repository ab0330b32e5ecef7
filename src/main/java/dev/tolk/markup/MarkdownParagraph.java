package dev.tolk.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** The lines of one Markdown paragraph as read, joined into one segment with its hard breaks kept as markers. */
final class MarkdownParagraph {

    private static final Pattern NOT_QUOTE = Pattern.compile("[^>]");

    final String prefix;
    final int quotes;
    final List<String> parts = new ArrayList<>();
    final List<String> originals = new ArrayList<>();
    final Deque<String> breaks = new ArrayDeque<>();

    MarkdownParagraph(String prefix, int quotes) {
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
        String continuation = NOT_QUOTE.matcher(prefix).replaceAll(" ");
        for (int i = 0; i < parts.size(); i++) {
            String original = originals.get(i);
            String part = parts.get(i);
            if (i == parts.size() - 1) {
                out.append(part);
            } else if (original.endsWith("  ")) {
                out.append(part.stripTrailing()).append(MarkdownInline.BREAK);
                breaks.add("  \n" + continuation);
            } else if (part.endsWith("\\")) {
                out.append(part, 0, part.length() - 1).append(MarkdownInline.BREAK);
                breaks.add("\\\n" + continuation);
            } else {
                out.append(part).append(' ');
            }
        }
        return out.toString();
    }
}
