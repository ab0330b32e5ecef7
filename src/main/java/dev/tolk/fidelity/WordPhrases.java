package dev.tolk.fidelity;

import java.math.BigDecimal;

import dev.tolk.fidelity.Notation.Multiplier;
import dev.tolk.fidelity.NumberMention.Span;

/**
 * Numbers written as words, in either language: {@code to}, {@code femogtyve}, {@code to millioner},
 * {@code halvanden milliard}, {@code two hundred and fifty}, {@code half a million}. The phrase is read the same way in
 * both; the words, and the forms only one language has, come from its {@link Notation.Words}.
 */
final class WordPhrases {

    final Scan scan;
    final String text;
    private final WordList tokens;
    private final Notation notation;
    private final Notation.Words words;

    private WordPhrases(Scan scan, Notation notation) {
        this.scan = scan;
        this.text = scan.current();
        this.notation = notation;
        this.words = notation.words();
        this.tokens = new WordList(text, words.asciiOnly());
    }

    static void read(Scan scan, Notation notation) {
        WordPhrases phrases = new WordPhrases(scan, notation);
        int i = 0;
        while (i < phrases.size()) {
            i += Math.max(phrases.phrase(i), 1);
        }
    }

    int size() {
        return tokens.size();
    }

    /** Word {@code k} in lower case. */
    String word(int k) {
        return tokens.word(k);
    }

    /** Word {@code k} when it continues the phrase of word {@code k - 1}; "" otherwise. */
    String joinedWord(int k) {
        return k > 0 && k < tokens.size() && joined(k - 1, k) ? tokens.word(k) : "";
    }

    /** The word just before word {@code k} when {@code k} continues its phrase; "" otherwise. */
    String wordBefore(int k) {
        return k > 0 && joined(k - 1, k) ? tokens.word(k - 1) : "";
    }

    /** Whether word {@code b} follows word {@code a} after spaces only, or one hyphen where the language joins so. */
    boolean joined(int a, int b) {
        int[] x = tokens.get(a);
        int[] y = tokens.get(b);
        return words.hyphenJoins() && y[0] == x[1] + 1 && text.charAt(x[1]) == '-'
                || WordList.onlySpaceBetween(text, x, y);
    }

    /** The span of words {@code from} to {@code to}, both included, in the original text. */
    Span span(int from, int to) {
        return Span.of(scan.original, tokens.get(from)[0], tokens.get(to)[1]);
    }

    /** Reads a number phrase starting at token {@code i}; returns how many tokens it used (0: none here). */
    private int phrase(int i) {
        if (!scan.free(tokens.get(i)[0], tokens.get(i)[1])) {
            return 1; // read already, as part of the phrase before ("five degrees below zero")
        }
        int own = words.readOwnForm(this, i);
        if (own > 0) {
            return own;
        }
        WordNumber n = new WordNumber();
        int j = i;
        int used = 0;
        while (j < tokens.size()) {
            if (j > i && !joined(j - 1, j)) {
                break;
            }
            String w = tokens.word(j);
            int multiplied = multiplier(j, n);
            Integer card = words.cardinal(w);
            Scale scale = words.scale(w);
            if (multiplied > 0) {
                j += multiplied;
            } else if (used == 0 && words.article(w) && words.scale(joinedWord(j + 1)) != null) {
                n.multiplier(BigDecimal.ONE); // en million, a million
                j++;
            } else if (card != null) {
                n.cardinal(card, !words.ambiguous(w));
                j++;
            } else if (scale != null) {
                n.scale(scale);
                j++;
            } else if (words.and().equals(w) && used > 0 && andJoins(tokens.word(j - 1), words.cardinal(joinedWord(j + 1)))) {
                j++;
                continue;
            } else {
                break;
            }
            used = j - i;
        }
        if (used == 0) {
            return 0;
        }
        int start = tokens.get(i)[0];
        int[] last = tokens.get(i + used - 1);
        int end = last[1];
        if (end < text.length() && text.charAt(end) == '.' && words.abbreviation(tokens.word(i + used - 1))) {
            end++; // mio.
        }
        NumberMention m = n.mention(Span.of(scan.original, start, end), notation);
        scan.add(words.finish(this, i, used, m));
        return used;
    }

    /** A multiplier's words at token {@code j} ({@code halvanden}, "one and a half"): how many tokens it used, or 0. */
    private int multiplier(int j, WordNumber n) {
        for (Multiplier m : words.multipliers()) {
            int k = 0;
            while (k < m.words().size() && m.words().get(k).equals(k == 0 ? tokens.word(j) : joinedWord(j + k))) {
                k++;
            }
            if (k == m.words().size() && (!m.needsScale() || words.scale(joinedWord(j + k)) != null)) {
                n.multiplier(m.value());
                return k;
            }
        }
        return 0;
    }

    /**
     * "og"/"and" continues a number only after hundred or thousand and before a number below a hundred
     * ({@code hundrede og tyve}, {@code two thousand and five}); elsewhere it joins two numbers of a list.
     */
    private static boolean andJoins(String previous, Integer next) {
        return next != null && next < 100 && NumberPatterns.JOINED_BY_AND.contains(previous);
    }
}
