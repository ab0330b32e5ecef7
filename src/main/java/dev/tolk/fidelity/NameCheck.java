package dev.tolk.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Names of the Danish (people, organisations, media, places) must be in the English. A name is a capitalised word that
 * does not start a sentence (Danish capitalises little else), joined with its capitalised neighbours ({@code Ismail
 * Haniyeh}), or any name of the exonym table wherever it stands ({@code Kairo} needs Cairo, {@code FN} UN or United
 * Nations). A capitalised word at the start of a sentence or after a dialogue dash is checked only if it is also
 * capitalised mid-sentence in the same text or is in the table. Spelling may differ a little between the languages'
 * transliterations ({@code Zelenskyj}/{@code Zelensky}).
 */
final class NameCheck {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]s|['’](?![\\p{L}]))?");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /** Capitalised Danish words that are no names: the polite pronouns. */
    private static final Set<String> NOT_NAMES = Set.of("I", "De", "Dem", "Deres", "Dig", "Du");
    private static final String OPENERS = "\"'«»„“”‘’([";

    private final Exonyms exonyms;

    NameCheck(Exonyms exonyms) {
        this.exonyms = exonyms;
    }

    /** A name found in the Danish and what the English must show for it. */
    record Name(String danish, List<Part> parts) {
    }

    /**
     * One word of a name (or a whole table name), the English forms that count as it and are named in a warning, and
     * adjectives that count too.
     */
    record Part(String danish, List<String> forms, List<String> adjectives, boolean table, boolean loose) {

        Part(String danish, List<String> forms) {
            this(danish, forms, List.of(), false, false);
        }

        Part(Exonyms.Entry entry, String danish) {
            this(danish, entry.english(), entry.adjectives(), true, entry.loose());
        }
    }

    List<Warning> check(String danishText, String englishText) {
        String english = Scan.withoutCredits(englishText);
        List<Name> names = find(danishText);
        English text = new English(english);
        List<Warning> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Name name : names) {
            List<Part> missing = name.parts().stream().filter(p -> !present(p, text)).toList();
            if (missing.isEmpty() || !reported.add(name.danish())) {
                continue;
            }
            out.add(Warning.names(describe(name, missing)));
        }
        return out;
    }

    private static String describe(Name name, List<Part> missing) {
        if (missing.size() == 1 && missing.get(0).table()) {
            Part p = missing.get(0);
            boolean same = p.forms().size() == 1 && p.forms().get(0).equals(p.danish());
            return name.danish() + " is missing from the English"
                    + (same ? "" : " (expected " + String.join(" or ", p.forms()) + ")");
        }
        if (missing.size() == name.parts().size()) {
            return name.danish() + " is missing from the English";
        }
        return name.danish() + " is only partly in the English: "
                + String.join(", ", missing.stream().map(Part::danish).toList()) + " is missing";
    }

    /** Names in the Danish, in order of appearance; a name is reported once however often it occurs. */
    List<Name> find(String danishText) {
        String danish = Scan.withoutCredits(danishText);
        Map<Integer, Name> byPosition = new java.util.TreeMap<>();
        boolean[] taken = new boolean[danish.length()];
        for (Exonyms.Entry e : exonyms.entries()) {
            // A plain substring test first: the table has hundreds of entries and a paragraph mentions a few.
            if (!danish.contains(e.danish())) {
                continue;
            }
            Matcher m = e.pattern().matcher(danish);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    mark(taken, m.start(), m.end());
                    byPosition.put(m.start(), new Name(e.danish(), List.of(new Part(e, e.danish()))));
                }
            }
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(danish);
        while (t.find()) {
            if (free(taken, t.start(), t.end())) {
                tokens.add(new int[] { t.start(), t.end() });
            }
        }
        Set<String> midSentence = new HashSet<>();
        for (int[] tok : tokens) {
            String word = base(danish.substring(tok[0], tok[1]));
            if (capitalised(word) && !sentenceStart(danish, tok[0])) {
                midSentence.add(word);
            }
        }
        List<int[]> run = new ArrayList<>();
        for (int[] tok : tokens) {
            String word = base(danish.substring(tok[0], tok[1]));
            Exonyms.Entry compound = capitalised(word) ? exonyms.compound(word) : null;
            boolean name = capitalised(word) && word.length() >= 2 && !NOT_NAMES.contains(word)
                    && (!sentenceStart(danish, tok[0]) || midSentence.contains(word) || compound != null);
            if (name && compound != null) {
                flush(danish, run, byPosition);
                byPosition.put(tok[0], new Name(word, List.of(new Part(compound, word))));
                continue;
            }
            if (name && (run.isEmpty() || spacesOnly(danish, run.get(run.size() - 1)[1], tok[0]))) {
                run.add(tok);
            } else {
                flush(danish, run, byPosition);
                if (name) {
                    run.add(tok);
                }
            }
        }
        flush(danish, run, byPosition);
        return new ArrayList<>(byPosition.values());
    }

    private void flush(String danish, List<int[]> run, Map<Integer, Name> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Part> parts = new ArrayList<>();
        for (int[] tok : run) {
            String word = base(danish.substring(tok[0], tok[1]));
            parts.add(new Part(word, genitiveForms(word)));
        }
        String whole = String.join(" ", parts.stream().map(Part::danish).toList());
        out.put(run.get(0)[0], new Name(whole, parts));
        run.clear();
    }

    /** {@code Haniyehs} may be Haniyeh's: both spellings count. */
    private static List<String> genitiveForms(String word) {
        return word.endsWith("s") && word.length() > 3 ? List.of(word, word.substring(0, word.length() - 1))
                : List.of(word);
    }

    /** Drops the genitive mark Danish writes with an apostrophe ({@code FN's}, {@code Hamas'}). */
    private static String base(String token) {
        int end = token.length();
        if (end > 1 && token.charAt(end - 1) == 's' && isApostrophe(token.charAt(end - 2))) {
            return token.substring(0, end - 2);
        }
        return end > 0 && isApostrophe(token.charAt(end - 1)) ? token.substring(0, end - 1) : token;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean spacesOnly(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Whether a capital at {@code pos} may be there only because a sentence starts: at the start of the text or a line,
     * after . ! ? or :, after a dialogue dash, or after an opening quote or bracket.
     */
    static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        boolean skippedSpace = false;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isWhitespace(c)) {
                skippedSpace = true;
                i--;
            } else if (OPENERS.indexOf(c) >= 0) {
                return true;
            } else {
                break;
            }
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '…') {
            return true;
        }
        return (c == '-' || c == '–' || c == '—') && skippedSpace && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static boolean present(Part part, English english) {
        for (List<String> forms : List.of(part.forms(), part.adjectives())) {
            for (String form : forms) {
                if (english.contains(form, part.loose())) {
                    return true;
                }
            }
        }
        if (part.table()) {
            return false;
        }
        for (String form : part.forms()) {
            String f = fold(form);
            int allowed = f.length() >= 8 ? 2 : f.length() >= 5 ? 1 : 0;
            for (String w : english.foldedWords()) {
                if (Math.abs(w.length() - f.length()) <= allowed && distance(f, w) <= allowed) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The English being searched. The checks run on every translated segment, so the cheap tests come first: a form
     * whose first word is not even a substring of the lower-cased text cannot match, and the folded word set for the
     * spelling-tolerant comparison is built only when an exact form is missing.
     */
    private static final class English {

        /** Forms come from the table and from names in articles, an unbounded set: the most used stay compiled. */
        private static final Cache<String, Pattern> PATTERNS = Caffeine.newBuilder().maximumSize(4096).build();
        private final String text;
        private final String lower;
        private Set<String> folded;

        English(String text) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
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
                Matcher w = ENGLISH_WORD.matcher(text);
                while (w.find()) {
                    folded.add(fold(w.group()));
                }
            }
            return folded;
        }
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

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}");

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

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
