package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names of the Danish (people, organisations, media, places) must be in the English. A name is a capitalised word that
 * does not start a sentence (Danish capitalises little else), joined with its capitalised neighbours ({@code Ismail
 * Haniyeh}), or any name of the exonym table wherever it stands ({@code Kairo} needs Cairo, {@code FN} UN or United
 * Nations). A capitalised word at the start of a sentence is checked only if it is also capitalised mid-sentence in
 * the same text, is in the table, or stands before a verb of saying and looks like no Danish word
 * ({@code Haniyeh sagde}). Spelling may differ a little between the languages' transliterations
 * ({@code Zelenskyj}/{@code Zelensky}).
 * <p>
 * It leans quiet: institutions and places inside compound names need the English of their parts that English copy
 * keeps ({@code Retten i Holbæk}: court and Holbæk; {@code Storstrømsbroen}: Storstrøm and Bridge), and a Danish
 * domestic name kept as it is counts ({@code Folketinget}).
 */
final class NameCheck {

    /** Capitalised Danish words that are no names: the polite pronouns. */
    private static final Set<String> NOT_NAMES = Set.of("I", "De", "Dem", "Deres", "Dig", "Du");
    /** Verbs of saying and deciding a sentence-initial name is the subject of ({@code Haniyeh sagde}). */
    private static final Set<String> SAYS = Set.of("siger", "sagde", "skriver", "skrev", "oplyser", "oplyste",
            "fortæller", "fortalte", "mener", "meddeler", "meddelte", "understreger", "tilføjer", "erkender", "afviser",
            "afviste", "bekræfter", "bekræftede", "kalder", "kaldte", "kræver", "krævede", "advarer", "advarede",
            "vurderer", "påpeger", "svarer", "svarede", "forklarer", "forklarede", "lover", "lovede", "truer", "truede",
            "annoncerer", "annoncerede", "melder", "meldte");

    /** Pronouns that, after the verb, show the sentence began with an adverbial. */
    private static final Set<String> SUBJECTS = Set.of("han", "hun", "de", "vi", "jeg", "det", "der", "man", "den");
    /** Sentence-initial adverbials and pronouns a capital proves nothing about. */
    private static final Set<String> NOT_SUBJECTS = Set.of("man", "mandag", "tirsdag", "onsdag", "torsdag", "fredag",
            "lørdag", "søndag", "samtidig", "derudover", "desuden", "endvidere", "dermed", "derfor", "herefter", "hermed",
            "ligeledes", "imens", "imidlertid", "således", "alligevel", "hertil", "dertil", "politiet", "ingen", "alle");

    private final Exonyms exonyms;
    private final TableMatcher table;

    NameCheck(Exonyms exonyms) {
        this.exonyms = exonyms;
        this.table = new TableMatcher(exonyms);
    }

    /** A name found in the Danish and what the English must show for it. */
    record Name(String danish, List<Part> parts) {
    }

    /**
     * One word of a name (or a whole table name), the English forms that count as it and are named in a warning, and
     * adjectives that count too; {@code verbatim}: the Danish word counts as well.
     */
    record Part(String danish, List<String> forms, List<String> adjectives, boolean table, boolean loose,
            boolean verbatim) {

        Part(String danish, List<String> forms) {
            this(danish, forms, List.of(), false, false, false);
        }

        Part(Exonyms.Entry entry, String danish) {
            this(danish, entry.english(), entry.adjectives(), true, entry.loose(), entry.verbatim());
        }
    }

    List<Warning> check(String danishText, String englishText) {
        return check(find(danishText), new EnglishText(Scan.withoutCredits(englishText)));
    }

    List<Warning> check(List<Name> names, EnglishText text) {
        List<Warning> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Name name : names) {
            List<Part> missing = name.parts().stream().filter(p -> !text.has(p)).toList();
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
        Tokens t = new Tokens(Scan.withoutCredits(danishText));
        Map<Integer, Name> byPosition = new TreeMap<>();
        boolean[] taken = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            TableMatcher.Match m = table.at(t, i);
            if (m != null) {
                for (int k = m.from(); k < m.to(); k++) {
                    taken[k] = true;
                }
                byPosition.put(t.start(i), new Name(m.entry().danish(), List.of(new Part(m.entry(), m.entry().danish()))));
                i = m.to() - 1;
            }
        }
        Set<String> midSentence = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (!taken[i] && t.capitalised(i) && !sentenceStart(t.text, t.start(i))) {
                midSentence.add(t.base(i));
            }
        }
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (taken[i]) {
                flush(t, run, byPosition);
                continue;
            }
            String word = t.base(i);
            boolean capital = t.capitalised(i) && word.length() >= 2 && !NOT_NAMES.contains(word);
            if (capital && elided(t, i)) {
                flush(t, run, byPosition); // "Syd- og Sønderjylland": the next compound carries it
                continue;
            }
            Exonyms.Entry compound = capital ? exonyms.compound(word) : null;
            boolean name = capital && (!sentenceStart(t.text, t.start(i)) || midSentence.contains(word)
                    || compound != null || subjectOfSaying(t, i));
            if (name && compound != null) {
                flush(t, run, byPosition);
                List<Part> parts = new ArrayList<>();
                if (compound.stem() != null) {
                    Exonyms.Entry stem = exonyms.get(compound.stem());
                    parts.add(stem != null ? new Part(stem, compound.stem())
                            : new Part(compound.stem(), List.of(compound.stem())));
                }
                parts.add(new Part(compound, word));
                byPosition.put(t.start(i), new Name(word, List.copyOf(parts)));
                continue;
            }
            if (name && (run.isEmpty() || t.joined(run.get(run.size() - 1), i, false))) {
                run.add(i);
            } else {
                flush(t, run, byPosition);
                if (name) {
                    run.add(i);
                }
            }
        }
        flush(t, run, byPosition);
        return new ArrayList<>(byPosition.values());
    }

    private static void flush(Tokens t, List<Integer> run, Map<Integer, Name> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Part> parts = new ArrayList<>();
        for (int i : run) {
            String word = t.base(i);
            parts.add(new Part(word, genitiveForms(word)));
        }
        String whole = String.join(" ", parts.stream().map(Part::danish).toList());
        out.put(t.start(run.get(0)), new Name(whole, parts));
        run.clear();
    }

    /** The first half of an elided pair of compounds: {@code Syd-} in "Syd- og Sønderjylland". */
    private static boolean elided(Tokens t, int i) {
        int end = t.end(i);
        return t.text.startsWith("- og ", end) || t.text.startsWith("- eller ", end) || t.text.startsWith("-, ", end);
    }

    /**
     * A sentence-initial word before a verb of saying, when it looks like no Danish word: not a function word, and
     * without the endings of a Danish noun's definite or plural form ({@code Ministeren}, {@code Kilder}), except the
     * {@code -sen} of Danish surnames.
     */
    private static boolean subjectOfSaying(Tokens t, int i) {
        if (i + 1 >= t.size() || !t.joined(i, i + 1, false) || !SAYS.contains(t.base(i + 1))) {
            return false;
        }
        if (i + 2 < t.size() && t.joined(i + 1, i + 2, false)
                && (t.capitalised(i + 2) || SUBJECTS.contains(t.base(i + 2)))) {
            return false; // "Tirsdag meddeler Sundhedsministeriet", "Samtidig siger hun": the subject follows the verb
        }
        String lower = t.base(i).toLowerCase(Locale.ROOT);
        if (FunctionWords.isDanish(lower) || NOT_SUBJECTS.contains(lower)) {
            return false;
        }
        boolean nounEnding = lower.endsWith("en") || lower.endsWith("et") || lower.endsWith("ne")
                || lower.endsWith("er") || lower.endsWith("e");
        return !nounEnding || lower.endsWith("sen");
    }

    /** {@code Haniyehs} may be Haniyeh's: both spellings count. */
    private static List<String> genitiveForms(String word) {
        return word.endsWith("s") && word.length() > 3 ? List.of(word, word.substring(0, word.length() - 1))
                : List.of(word);
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
            } else if ("\"'«»„“”‘’([".indexOf(c) >= 0) {
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
}
