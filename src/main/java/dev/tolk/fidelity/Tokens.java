package dev.tolk.fidelity;

import java.util.Arrays;

/**
 * The words of a text, scanned once: offsets, and each word without a genitive apostrophe ({@code FN's} is FN,
 * {@code Hamas'} Hamas). Hand-written: one loop over the characters where a regular expression per call would cost
 * more than the checks it feeds.
 */
final class Tokens {

    final String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] bases = new String[32];
    private int size;

    Tokens(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            String base = text.substring(start, i);
            if (i < n && isApostrophe(text.charAt(i))) {
                if (i + 1 < n && text.charAt(i + 1) == 's' && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
                    i += 2; // FN's
                } else if (i + 1 >= n || !Character.isLetter(text.charAt(i + 1))) {
                    i += 1; // Hamas'
                }
            }
            add(start, i, base);
        }
    }

    private void add(int start, int end, String base) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            bases = Arrays.copyOf(bases, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        bases[size] = base;
        size++;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The word without its genitive apostrophe. */
    String base(int i) {
        return bases[i];
    }

    /** {@code Israels} without its genitive s (null when too short to be one). */
    String withoutGenitiveS(int i) {
        String b = bases[i];
        return b.length() > 3 && b.charAt(b.length() - 1) == 's' ? b.substring(0, b.length() - 1) : null;
    }

    boolean capitalised(int i) {
        return Character.isUpperCase(bases[i].charAt(0));
    }

    /** Whether token {@code b} follows token {@code a} after one hyphen ({@code hyphen}) or spaces only. */
    boolean joined(int a, int b, boolean hyphen) {
        int from = ends[a];
        int to = starts[b];
        if (hyphen) {
            return to == from + 1 && text.charAt(from) == '-';
        }
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The characters right after token {@code i}, or a space at the end. */
    char after(int i) {
        return ends[i] < text.length() ? text.charAt(ends[i]) : ' ';
    }
}
