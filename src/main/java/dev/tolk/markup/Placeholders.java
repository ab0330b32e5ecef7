package dev.tolk.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder language a segment with markup is sent in: inline markup becomes numbered tags, {@code <x1>…</x1>}
 * around text (a link, emphasis) or {@code <x2/>} for something that stands alone (a line break, an image, inline
 * code). The model only has to copy them; what they stand for stays in tolk and is put back after translation, so
 * attributes and URLs are never sent and cannot be altered.
 * <p>
 * Numbers are given in order of appearance, starting at 1 in each segment, so the same sentence with different links
 * is the same segment (and the same cache entry).
 */
public final class Placeholders {

    /** One placeholder tag: group 1 is "/" for a closing tag, group 2 the number, group 3 "/" for a standalone one. */
    private static final Pattern TAG = Pattern.compile("<(/?)x(\\d{1,4})(/?)>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private Placeholders() {
    }

    public static String open(int n) {
        return "<x" + n + ">";
    }

    public static String close(int n) {
        return "</x" + n + ">";
    }

    public static String standalone(int n) {
        return "<x" + n + "/>";
    }

    /** True when the text has at least one placeholder. */
    public static boolean any(String text) {
        return TAG.matcher(text).find();
    }

    /** The placeholder tags of a text, in order, e.g. {@code [<x1>, </x1>, <x2/>]}. */
    public static List<String> sequence(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The text the fidelity checks read: placeholders removed, a standalone one counted as a space (it may be a line
     * break between two words) so words are never glued together.
     */
    public static String strip(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, m.group(3).isEmpty() ? "" : " ");
        }
        m.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /**
     * What is wrong with the placeholders of a translated segment, compared with its source: they must be the same
     * tags in the same order (which also makes them balanced, as the source's are).
     */
    public static Optional<String> compare(String source, String translated) {
        List<String> expected = sequence(source);
        List<String> actual = sequence(translated);
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        Set<String> missing = new java.util.LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new java.util.LinkedHashSet<>(actual);
        extra.removeAll(expected);
        StringBuilder detail = new StringBuilder("the markup placeholders differ from the source's, in kind or order: ")
                .append("expected ").append(String.join("", expected)).append(", got ")
                .append(actual.isEmpty() ? "none" : String.join("", actual));
        if (!missing.isEmpty()) {
            detail.append("; missing ").append(String.join(" ", missing));
        }
        if (!extra.isEmpty()) {
            detail.append("; not in the source ").append(String.join(" ", extra));
        }
        return Optional.of(detail.toString());
    }

    /**
     * A translated segment as text runs and placeholder tags, made well-formed: a tag the source does not have, a
     * second use of a number, a closing tag that does not close the innermost open one, and an opening tag never
     * closed are dropped (the words stay). A reply that kept its placeholders comes back token for token; one that
     * broke them loses only the broken markup, never the text, and never yields unbalanced output.
     *
     * @param pairs       numbers that stand for markup around text
     * @param standalones numbers that stand alone
     */
    static List<Token> tokens(String translated, Set<Integer> pairs, Set<Integer> standalones) {
        List<Token> raw = new ArrayList<>();
        Matcher m = TAG.matcher(translated);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                raw.add(new Token(Kind.TEXT, 0, translated.substring(at, m.start())));
            }
            int n = Integer.parseInt(m.group(2));
            Kind kind = !m.group(1).isEmpty() ? Kind.CLOSE : !m.group(3).isEmpty() ? Kind.STANDALONE : Kind.OPEN;
            raw.add(new Token(kind, n, m.group()));
            at = m.end();
        }
        if (at < translated.length()) {
            raw.add(new Token(Kind.TEXT, 0, translated.substring(at)));
        }
        // Keep only what forms a well-nested tree of known, once-used placeholders.
        boolean[] keep = new boolean[raw.size()];
        Set<Integer> used = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>(); // indexes into raw
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            switch (t.kind()) {
                case TEXT -> keep[i] = true;
                case STANDALONE -> keep[i] = standalones.contains(t.n()) && used.add(t.n());
                case OPEN -> {
                    if (pairs.contains(t.n()) && used.add(t.n())) {
                        open.push(i);
                    }
                }
                case CLOSE -> {
                    if (!open.isEmpty() && raw.get(open.peek()).n() == t.n()) {
                        keep[open.pop()] = true;
                        keep[i] = true;
                    }
                }
            }
        }
        List<Token> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            if (keep[i]) {
                out.add(raw.get(i));
            }
        }
        return out;
    }

    enum Kind {
        TEXT, OPEN, CLOSE, STANDALONE
    }

    /** @param n the placeholder's number (0 for text) */
    record Token(Kind kind, int n, String text) {
    }
}
