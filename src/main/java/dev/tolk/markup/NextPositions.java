package dev.tolk.markup;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * For one Markdown segment, where the next closer of each kind is, from any position: each table is built on first
 * use in one backward pass over the text, so every lookup after that is O(1) and {@link MarkdownInline} reads a
 * segment in linear time however many openers lack a closer.
 */
final class NextPositions {

    /** Closers of inline constructs, with the conditions the former regular expressions put on them. */
    enum Closer { STRONG, USTRONG, STRIKE, EM, UEM, COMMENT, AUTOLINK_END }

    private final String text;
    private final int n;
    private final Map<Closer, int[]> closers = new EnumMap<>(Closer.class);
    private final Map<Character, int[]> chars = new HashMap<>();
    private int[] sameTicks;

    NextPositions(String text) {
        this.text = text;
        this.n = text.length();
    }

    /** The first position at or after {@code from} holding {@code c}, or -1. */
    int of(char c, int from) {
        return lookup(chars.computeIfAbsent(c, k -> table(p -> text.charAt(p) == k)), from);
    }

    /** The first position at or after {@code from} where a closer of {@code kind} starts, or -1. */
    int closer(Closer kind, int from) {
        return lookup(closers.computeIfAbsent(kind, k -> table(switch (k) {
            case STRONG -> p -> pairAt(p, '*') && !MarkdownInline.space(text.charAt(p - 1));
            case STRIKE -> p -> pairAt(p, '~') && !MarkdownInline.space(text.charAt(p - 1));
            case USTRONG -> p -> pairAt(p, '_') && !MarkdownInline.space(text.charAt(p - 1)) && !letterOrDigitAt(p + 2);
            case EM -> p -> p > 0 && text.charAt(p) == '*' && !MarkdownInline.space(text.charAt(p - 1))
                    && text.charAt(p - 1) != '*';
            case UEM -> p -> p > 0 && text.charAt(p) == '_' && !MarkdownInline.space(text.charAt(p - 1))
                    && text.charAt(p - 1) != '_' && !letterOrDigitAt(p + 1);
            case COMMENT -> p -> text.startsWith("-->", p);
            case AUTOLINK_END -> p -> text.charAt(p) == '>' || MarkdownInline.space(text.charAt(p));
        })), from);
    }

    /** For the backtick run starting at {@code i}, the start of the next run of the same length, or -1. */
    int sameTicks(int i) {
        if (sameTicks == null) {
            sameTicks = new int[n];
            Map<Integer, Integer> nextOfLength = new HashMap<>();
            for (int p = n - 1; p >= 0; p--) {
                if (text.charAt(p) == '`' && (p == 0 || text.charAt(p - 1) != '`')) {
                    int length = 0;
                    while (p + length < n && text.charAt(p + length) == '`') {
                        length++;
                    }
                    sameTicks[p] = nextOfLength.getOrDefault(length, -1);
                    nextOfLength.put(length, p);
                }
            }
        }
        return i > 0 && text.charAt(i - 1) == '`' ? -1 : sameTicks[i];
    }

    private int[] table(IntPredicate at) {
        int[] next = new int[n + 1];
        next[n] = -1;
        for (int p = n - 1; p >= 0; p--) {
            next[p] = at.test(p) ? p : next[p + 1];
        }
        return next;
    }

    private int lookup(int[] table, int from) {
        return from >= n ? -1 : table[from];
    }

    private boolean pairAt(int p, char c) {
        return p > 0 && p + 1 < n && text.charAt(p) == c && text.charAt(p + 1) == c;
    }

    private boolean letterOrDigitAt(int p) {
        return p < n && Character.isLetterOrDigit(text.charAt(p));
    }
}
