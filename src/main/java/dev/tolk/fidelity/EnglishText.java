package dev.tolk.fidelity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The English a name is looked for in. The checks run on every translated segment, so the cheap tests come first: a
 * form whose first word is not even a substring of the lower-cased text cannot match, and the folded word set for the
 * spelling-tolerant comparison is built only when an exact form is missing.
 */
final class EnglishText {

    /** Forms come from the table and from names in articles, an unbounded set: the most used stay compiled. */
    private static final Cache<String, Pattern> PATTERNS = Caffeine.newBuilder().maximumSize(4096).build();
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}");

    private final String text;
    private final String lower;
    private Set<String> folded;

    EnglishText(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    /** Whether the English shows the part: one of its forms or adjectives, the Danish if kept, or a near spelling. */
    boolean has(NameCheck.Part part) {
        for (List<String> forms : List.of(part.forms(), part.adjectives())) {
            for (String form : forms) {
                if (contains(form, part.loose())) {
                    return true;
                }
            }
        }
        if (part.verbatim() && contains(part.danish(), true)) {
            return true;
        }
        if (part.table()) {
            return false;
        }
        for (String form : part.forms()) {
            if (near(fold(form))) {
                return true;
            }
        }
        return false;
    }

    /** A word of the English within a spelling distance of {@code f} (folded): 2 edits from 8 letters, 1 from 5. */
    boolean near(String f) {
        int allowed = f.length() >= 8 ? 2 : f.length() >= 5 ? 1 : 0;
        for (String w : foldedWords()) {
            if (Math.abs(w.length() - f.length()) <= allowed && distance(f, w) <= allowed) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String form, boolean loose) {
        int space = form.indexOf(' ');
        String first = (space < 0 ? form : form.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!lower.contains(first)) {
            return false;
        }
        return pattern(form, loose).matcher(text).find();
    }

    /** Whole words, spaces as any whitespace; acronyms keep their case: US is not "us", UN not "un-". */
    private static Pattern pattern(String form, boolean loose) {
        return PATTERNS.get((loose ? "~" : "=") + form, key -> {
            String words = Pattern.quote(form).replace(" ", "\\E\\s+\\Q");
            String end = loose ? "" : "(?![\\p{L}\\p{N}])";
            int flags = form.matches("[\\p{Lu}.]{2,6}") ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + end, flags);
        });
    }

    Set<String> foldedWords() {
        if (folded == null) {
            folded = new HashSet<>();
            Tokens t = new Tokens(text);
            for (int i = 0; i < t.size(); i++) {
                folded.add(fold(t.base(i)));
            }
        }
        return folded;
    }

    /** Lower case, no diacritics, Danish transliteration habits undone ({@code sj} is sh, a final {@code j} is y). */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "aa");
        if (!ascii(w)) {
            w = DIACRITICS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        }
        w = w.replace("sj", "sh").replace("tj", "ch").replace("dj", "j");
        if (w.endsWith("j")) {
            w = w.substring(0, w.length() - 1) + "y";
        }
        return w;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Optimal string alignment distance (edits, with swaps of neighbours counting one). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
