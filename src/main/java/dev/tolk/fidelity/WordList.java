package dev.tolk.fidelity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text being read for numbers, found in one loop (a word pattern run per text was the number readers'
 * largest cost), each lower-cased once when first asked for.
 */
final class WordList {

    private int[][] spans = new int[32][];
    private String[] lower = new String[32];
    private int size;
    private final String text;

    /** @param asciiOnly English number words are ASCII; Danish ones have æ, ø, å */
    WordList(String text, boolean asciiOnly) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!letter(text.charAt(i), asciiOnly)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && letter(text.charAt(i), asciiOnly)) {
                i++;
            }
            if (size == spans.length) {
                spans = Arrays.copyOf(spans, size * 2);
                lower = Arrays.copyOf(lower, size * 2);
            }
            spans[size++] = new int[] { start, i };
        }
    }

    private static boolean letter(char c, boolean asciiOnly) {
        return asciiOnly ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    int size() {
        return size;
    }

    int[] get(int k) {
        return spans[k];
    }

    /** Word {@code k} in lower case. */
    String word(int k) {
        String w = lower[k];
        if (w == null) {
            w = text.substring(spans[k][0], spans[k][1]).toLowerCase(Locale.ROOT);
            lower[k] = w;
        }
        return w;
    }

    /** Whether only whitespace (at least one character of it) stands between two spans. */
    static boolean onlySpaceBetween(String text, int[] a, int[] b) {
        for (int i = a[1]; i < b[0]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
