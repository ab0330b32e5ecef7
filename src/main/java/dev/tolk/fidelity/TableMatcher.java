package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the exonym table's names in a tokenised Danish text in one pass: entries are indexed by their first word, so a
 * token costs a hash lookup however large the table (a regular expression per entry cost ~330 tests per paragraph).
 * The last word may carry the genitive ({@code Israels}, {@code FN's}, {@code Hamas'}). Hand-written: the table's
 * multi-word names ({@code Det Hvide Hus}, {@code Gaza-striben}) match on whole tokens, which an Aho–Corasick library
 * over characters would need the same boundary checks for.
 */
final class TableMatcher {

    /** An entry's words and whether each follows its predecessor after a hyphen (else after spaces). */
    private record Candidate(Exonyms.Entry entry, String[] words, boolean[] hyphen) {
    }

    /** A table name found: tokens {@code from} to {@code to} (exclusive). */
    record Match(int from, int to, Exonyms.Entry entry) {
    }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

    TableMatcher(Exonyms table) {
        for (Exonyms.Entry e : table.entries()) { // longest first, kept per first word
            String name = e.danish();
            List<String> words = new ArrayList<>();
            List<Boolean> hyphens = new ArrayList<>();
            int start = 0;
            boolean hyphen = false;
            for (int i = 0; i <= name.length(); i++) {
                if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-') {
                    String word = name.substring(start, i);
                    word = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
                    if (i > start) {
                        words.add(word);
                        hyphens.add(hyphen);
                    }
                    hyphen = i < name.length() && name.charAt(i) == '-';
                    start = i + 1;
                }
            }
            boolean[] h = new boolean[hyphens.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = hyphens.get(i);
            }
            byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                    .add(new Candidate(e, words.toArray(String[]::new), h));
        }
    }

    /** The longest table name starting at token {@code i}, or null. */
    Match at(Tokens tokens, int i) {
        List<Candidate> candidates = byFirstWord.get(tokens.base(i));
        if (candidates == null) {
            candidates = byFirstWord.get(tokens.withoutGenitiveS(i));
            if (candidates == null) {
                return null;
            }
        }
        for (Candidate c : candidates) {
            int n = c.words().length;
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String word = c.words()[k];
                boolean last = k == n - 1;
                ok = (tokens.base(i + k).equals(word) || last && word.equals(tokens.withoutGenitiveS(i + k)))
                        && (k == 0 || tokens.joined(i + k - 1, i + k, c.hyphen()[k]));
            }
            if (ok) {
                return new Match(i, i + n, c.entry());
            }
        }
        return null;
    }
}
