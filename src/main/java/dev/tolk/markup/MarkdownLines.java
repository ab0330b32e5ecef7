package dev.tolk.markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Markdown line starts with, read without building strings: its container markers (block quotes and one list
 * marker), whether it is a thematic break, where a heading's text ends. Pure functions of the line; the block reader
 * ({@link MarkdownText}) decides what the line is part of.
 */
final class MarkdownLines {

    static final Pattern ITEM = Pattern.compile(
            "^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+\\[[ xX]\\])?(?:[ \\t]+|$)");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");

    /** The line's container markers end at {@code end}: {@code quotes} block-quote markers, then maybe a list item. */
    record Containers(int end, int quotes, boolean item) {
    }

    private MarkdownLines() {
    }

    /**
     * Read by moving an index, not by cutting the line, so thousands of markers cost one pass.
     *
     * @throws TooDeeplyNestedException for more than {@code maxDepth} quote markers
     */
    static Containers containers(String line, int maxDepth) {
        int at = 0;
        int quotes = 0;
        boolean item = false;
        Matcher q = QUOTE.matcher(line);
        Matcher i = ITEM.matcher(line);
        while (true) {
            if (q.region(at, line.length()).lookingAt()) {
                at = q.end();
                if (++quotes > maxDepth) {
                    throw new TooDeeplyNestedException(Format.MARKDOWN, maxDepth);
                }
                continue;
            }
            if (!item && i.region(at, line.length()).lookingAt() && !isRule(line.substring(at))) {
                at = i.end();
                item = true;
                continue;
            }
            return new Containers(at, quotes, item);
        }
    }

    /** Whether {@code line} closes a code fence opened by {@code fence} (after any indentation and quote markers). */
    static boolean closesFence(String line, String fence) {
        int p = 0;
        while (p < line.length() && (blank(line.charAt(p)) || line.charAt(p) == '>')) {
            p++;
        }
        String s = line.substring(p);
        return s.startsWith(fence) && s.replace(fence.substring(0, 1), "").isBlank();
    }

    /** A thematic break: up to three spaces, then three or more of one of - * _, with only spaces or tabs between. */
    static boolean isRule(String line) {
        int p = 0;
        while (p < line.length() && p < 3 && line.charAt(p) == ' ') {
            p++;
        }
        if (p == line.length() || "-*_".indexOf(line.charAt(p)) < 0) {
            return false;
        }
        char c = line.charAt(p);
        int count = 0;
        for (; p < line.length(); p++) {
            char x = line.charAt(p);
            if (x == c) {
                count++;
            } else if (x != ' ' && x != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    /** Where a heading's text ends: before trailing blanks and an optional closing sequence ({@code ## Title ##}). */
    static int headingTextEnd(String content) {
        int end = trimmedEnd(content, content.length());
        int hashes = end;
        while (hashes > 0 && content.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes < end && hashes > 0 && blank(content.charAt(hashes - 1))) {
            end = trimmedEnd(content, hashes);
        }
        return end;
    }

    private static int trimmedEnd(String s, int end) {
        while (end > 0 && blank(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }
}
