package dev.tolk.fidelity;

import java.util.Set;

/**
 * A cheap first reading of "is this English?", in one pass over the text: Danish and English function words (and the
 * letters æ, ø, å in lower-case words) tell the two apart on any clause of five words or more, where a statistical
 * detector is both slower and blind to a Danish clause inside English. Capitalised words are skipped, so an English
 * sentence naming {@code Københavns Kommune} stays English. Hand-written because it is a few word lists and a loop;
 * Lingua is still asked whenever this reading is unsure (a short line of names, another language).
 * <p>
 * It leans quiet: a text is Danish only when a clause has at least two Danish function words and not one English one.
 */
final class FunctionWords {

    /** Words only Danish (or a Scandinavian language) writes in lower case; none is an English word. */
    private static final Set<String> DANISH = Set.of("og", "i", "en", "et", "det", "der", "den", "de", "er", "var",
            "har", "havde", "ikke", "som", "på", "med", "til", "af", "fra", "om", "efter", "ved", "mod", "hos", "skal",
            "vil", "kan", "kunne", "skulle", "ville", "blev", "bliver", "blive", "være", "været", "han", "hun", "vi",
            "jeg", "du", "dem", "deres", "hans", "hendes", "sig", "sin", "sit", "sine", "os", "vores", "eller", "også",
            "når", "hvor", "hvis", "hvad", "hvem", "hvornår", "hvordan", "hvorfor", "nu", "så", "kun", "mere", "meget",
            "alle", "andre", "nye", "ny", "nyt", "mellem", "uden", "siden", "inden", "ifølge", "mens", "endnu", "stadig",
            "allerede", "dog", "ud", "op", "ind", "ned", "sagde", "siger", "oplyser", "skriver", "fordi", "selv", "hvilket",
            "blandt", "omkring", "igen", "aldrig", "altid", "heller", "både", "samt", "bør", "må", "får", "fik", "gik",
            "går", "kom", "kommer", "tager", "tog", "gør", "gjorde", "nok", "godt", "lidt", "mange", "flere", "fleste",
            "første", "sidste", "dag", "år", "tidligere", "senere", "ingen", "intet", "noget", "nogen", "nogle", "hvilke");
    /** Words only English writes; none is a Danish word. */
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "of", "and", "in", "is", "are", "was", "were",
            "that", "this", "these", "those", "with", "from", "on", "it", "its", "he", "she", "they", "them",
            "their", "his", "has", "had", "will", "would", "should", "could", "not", "be", "been", "being", "said",
            "says", "but", "or", "as", "which", "who", "whom", "what", "when", "where", "there", "than", "into", "about",
            "after", "before", "while", "because", "also", "more", "most", "we", "our", "you", "your", "do", "does",
            "did", "can", "may", "must", "up", "out", "all", "other", "new", "since", "until", "against", "between",
            "during", "without", "such", "some", "any", "each", "both", "only", "very", "still", "just", "how", "why",
            "if", "so", "no", "one", "two", "three", "according", "people", "year", "years", "get", "got", "writes",
            "wrote", "reports", "reported", "down", "off", "last", "week", "day", "days", "then", "own", "back", "through",
            "away", "too", "many", "much");
    private static final int CLAUSE_WORDS = 5;

    private FunctionWords() {
    }

    enum Kind {
        /** Clearly English, and no clause of it is Danish. */
        ENGLISH,
        /** No English at all, and Danish words: the whole text is in another language. */
        NOT_ENGLISH,
        /** English with a clause or sentence left in Danish. */
        MIXED,
        /** Too little to go on: a short line, names, another language. */
        UNSURE
    }

    /**
     * @param passage       the first Danish clause or sentence of a MIXED text
     * @param nordicLetters whether a word holds æ, ø or å
     */
    record Reading(Kind kind, String passage, boolean nordicLetters) {
    }

    /** Counts for a stretch of text: a clause, a sentence or the whole. */
    private static final class Tally {
        int start = -1;
        int words;
        int lower;
        int danish;
        int english;

        void word(int at, boolean isLower, int evidence) {
            if (start < 0) {
                start = at;
            }
            words++;
            if (isLower) {
                lower++;
                if (evidence > 0) {
                    danish++;
                } else if (evidence < 0) {
                    english++;
                }
            }
        }

        boolean danish() {
            return words >= CLAUSE_WORDS && danish >= 2 && english == 0 && danish * 3 >= lower;
        }

        void reset() {
            start = -1;
            words = lower = danish = english = 0;
        }
    }

    /** Whether a lower-case word is a Danish function word. */
    static boolean isDanish(String lowerCaseWord) {
        return DANISH.contains(lowerCaseWord);
    }

    static Reading read(String text) {
        Tally clause = new Tally();
        Tally sentence = new Tally();
        Tally whole = new Tally();
        int danishStart = -1;
        int danishEnd = -1;
        boolean sentenceStart = true;
        boolean anyNordic = false;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '.';
            if (Character.isLetter(c)) {
                int start = i;
                boolean nordic = false;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1)))) {
                    char w = text.charAt(i);
                    nordic |= w == 'æ' || w == 'ø' || w == 'å';
                    anyNordic |= nordic;
                    i++;
                }
                boolean upper = Character.isUpperCase(c);
                String word = upper && sentenceStart ? text.substring(start, i).toLowerCase(java.util.Locale.ROOT)
                        : upper ? null : text.substring(start, i);
                int evidence = word == null ? 0 : DANISH.contains(word) || nordic ? 1 : ENGLISH.contains(word) ? -1 : 0;
                boolean isLower = word != null;
                clause.word(start, isLower, evidence);
                sentence.word(start, isLower, evidence);
                whole.word(start, isLower, evidence);
                sentenceStart = false;
                continue;
            }
            boolean endsSentence = c == '.' && (i + 1 >= n || !Character.isDigit(text.charAt(i + 1))) || c == '!'
                    || c == '?' || c == '\n';
            boolean endsClause = endsSentence || c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”'
                    || c == '(' || c == ')' || c == '–' || c == '—' || c == '«' || c == '»';
            if (endsClause) {
                if (danishStart < 0 && clause.danish()) {
                    danishStart = clause.start;
                    danishEnd = i;
                }
                clause.reset();
            }
            if (endsSentence) {
                if (danishStart < 0 && sentence.danish()) {
                    danishStart = sentence.start;
                    danishEnd = i;
                }
                sentence.reset();
                sentenceStart = true;
            }
            i++;
        }
        boolean english = whole.english >= 2 && whole.english * 4 >= whole.lower;
        if (danishStart >= 0) {
            return english ? new Reading(Kind.MIXED, text.substring(danishStart, Math.min(danishEnd, n)).strip(), anyNordic)
                    : new Reading(Kind.NOT_ENGLISH, null, anyNordic);
        }
        if (english) {
            return new Reading(Kind.ENGLISH, null, anyNordic);
        }
        if (whole.danish >= 2 && whole.danish > 2 * whole.english && whole.words >= CLAUSE_WORDS) {
            return new Reading(Kind.NOT_ENGLISH, null, anyNordic);
        }
        return new Reading(Kind.UNSURE, null, anyNordic);
    }
}
