package dev.tolk.markup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tolk.markup.Placeholders.Token;

/**
 * One segment being encoded: its text with placeholders, and the table of what each placeholder stands for (a jsoup
 * node for HTML, the literal delimiters for Markdown). The table never leaves tolk; only {@link #text()} is sent.
 */
final class Inline {

    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, Object> pairs = new HashMap<>();
    private final Map<Integer, Object> standalones = new HashMap<>();
    private final Map<Integer, String> plain = new HashMap<>();
    private int next = 1;

    /** Opens markup around text; returns the number to {@link #close} it with. */
    int open(Object what) {
        int n = next++;
        pairs.put(n, what);
        text.append(Placeholders.open(n));
        return n;
    }

    void close(int n) {
        text.append(Placeholders.close(n));
    }

    /**
     * Something kept whole and unseen by the model (a line break, an image, inline code).
     *
     * @param plainText what it reads as in plain text (summaries): inline code's code, a line break's space
     */
    void standalone(Object what, String plainText) {
        int n = next++;
        standalones.put(n, what);
        plain.put(n, plainText);
        text.append(Placeholders.standalone(n));
    }

    void text(String s) {
        text.append(s);
    }

    String text() {
        return text.toString();
    }

    Object pair(int n) {
        return pairs.get(n);
    }

    Object standalone(int n) {
        return standalones.get(n);
    }

    String plainOf(int n) {
        return plain.get(n);
    }

    /** A translated (or the source) segment as well-formed tokens, see {@link Placeholders#tokens}. */
    List<Token> tokens(String translated) {
        return Placeholders.tokens(translated, pairs.keySet(), standalones.keySet());
    }

    /** A segment as plain text: markup around text dropped, standalone pieces as their plain reading. */
    String plain(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (Token t : tokens(segment)) {
            switch (t.kind()) {
                case TEXT -> out.append(t.text());
                case STANDALONE -> out.append(plain.get(t.n()));
                default -> {
                }
            }
        }
        return out.toString().replaceAll("\\s{2,}", " ").strip();
    }
}
