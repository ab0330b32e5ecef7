package dev.tolk.fidelity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English a name is looked for in. The checks run on every translated segment, so the cheap tests come first: a
 * plain search for each form, and the folded word set for the spelling-tolerant comparison built only when no exact
 * form is there.
 */
final class EnglishText {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}");

    private final String text;
    private String spaced;
    private String spacedLower;
    private Set<String> folded;

    EnglishText(String text) {
        this.text = text;
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

    /**
     * The form as whole words (spaces as any whitespace), case-insensitively; acronyms keep their case (US is not
     * "us", UN not "un-"); {@code loose}: the form may begin a longer word ("Europe" in "European"). A search with
     * {@code indexOf} and a look at the neighbouring characters: a regular expression per form cost more than all the
     * other checks of a segment.
     */
    boolean contains(String form, boolean loose) {
        boolean acronym = acronym(form);
        String haystack = acronym ? spaced() : spacedLower();
        String needle = acronym ? form : form.toLowerCase(Locale.ROOT);
        int from = 0;
        int at;
        while ((at = haystack.indexOf(needle, from)) >= 0) {
            int end = at + needle.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean endsWord = loose || end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static boolean acronym(String form) {
        if (form.length() < 2 || form.length() > 6) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (!Character.isUpperCase(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The text with every run of whitespace made one space, as the table writes its forms. */
    private String spaced() {
        if (spaced == null) {
            StringBuilder sb = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space) {
                        sb.append(' ');
                    }
                    space = true;
                } else {
                    sb.append(c);
                    space = false;
                }
            }
            spaced = sb.toString();
        }
        return spaced;
    }

    private String spacedLower() {
        if (spacedLower == null) {
            spacedLower = spaced().toLowerCase(Locale.ROOT);
        }
        return spacedLower;
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
