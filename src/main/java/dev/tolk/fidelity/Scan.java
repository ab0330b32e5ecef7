package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text being read for numbers, pass by pass: each pass's matches are masked out so later, more general passes do not
 * read them again (a date's day is not also a plain number).
 */
final class Scan {

    /** Replaces consumed characters: neither letter, digit nor space, so it ends words and numbers alike. */
    static final char MASK = '\u0001';

    final String original;
    private final char[] text;
    final List<NumberMention> found = new ArrayList<>();
    /** The text as masked so far, made again only after a change: a scan runs a dozen passes, most finding nothing. */
    private String current;

    Scan(String text) {
        this.original = text;
        this.text = text.toCharArray();
        this.current = text;
    }

    String current() {
        if (current == null) {
            current = new String(text);
        }
        return current;
    }

    private String lower;
    /** Separators found between two digits: '.', ':', '/', '-' (one scan of the text). */
    private String digitSeparators;

    /**
     * Whether a dated or timed pass can find anything: each needs a literal the text may not have (a month, "kl",
     * a separator between digits); a pattern with look-behinds costs a test at every character even when it cannot
     * match.
     */
    boolean mentions(String lowerCaseLiteral) {
        if (lower == null) {
            lower = original.toLowerCase(java.util.Locale.ROOT);
        }
        return lower.contains(lowerCaseLiteral);
    }

    boolean mentionsMonth() {
        for (String m : MONTH_STEMS) {
            if (mentions(m)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> MONTH_STEMS = List.of("jan", "feb", "mar", "apr", "maj", "may", "jun", "jul",
            "aug", "sep", "okt", "oct", "nov", "dec");

    /** Whether {@code separator} stands between two digits somewhere in the text ({@code 14.30}, {@code 7/10}). */
    boolean digitsAround(char separator) {
        if (digitSeparators == null) {
            StringBuilder found = new StringBuilder(4);
            for (int i = 1; i + 1 < original.length(); i++) {
                char c = original.charAt(i);
                if ((c == '.' || c == ':' || c == '/' || c == '-') && Character.isDigit(original.charAt(i - 1))
                        && Character.isDigit(original.charAt(i + 1)) && found.indexOf(String.valueOf(c)) < 0) {
                    found.append(c);
                }
            }
            digitSeparators = found.toString();
        }
        return digitSeparators.indexOf(separator) >= 0;
    }

    /** Every pass but the number words and Roman numerals needs a digit; most paragraphs of news have none. */
    boolean hasDigit() {
        for (char c : text) {
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches of {@code pattern} in the text as masked now, tried only where {@code canStart} accepts the
     * character, which it must for every character a match can begin with. {@code Matcher.find()} tries the whole
     * pattern at every character, and these patterns open with look-behinds: on news copy, with a digit every fifty
     * characters or so, that was a third of the checks' CPU (JFR). Hand-written because java.util.regex has no such
     * first-character filter; the look-behinds still see the text before each try (transparent bounds).
     */
    List<MatchResult> matches(Pattern pattern, IntPredicate canStart) {
        String s = current();
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> out = new ArrayList<>(2);
        int i = 0;
        while (i < s.length()) {
            if (canStart.test(s.charAt(i)) && m.region(i, s.length()).lookingAt()) {
                out.add(m.toMatchResult());
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    char at(int i) {
        return i >= 0 && i < text.length ? text[i] : ' ';
    }

    int length() {
        return text.length;
    }

    void add(NumberMention mention) {
        found.add(mention);
        consume(mention.start(), mention.end());
    }

    void consume(int start, int end) {
        current = null;
        for (int i = start; i < end; i++) {
            text[i] = MASK;
        }
    }

    /** Blanks out a span (an agency credit) without it counting as a number. */
    void blank(int start, int end) {
        current = null;
        for (int i = start; i < end; i++) {
            text[i] = ' ';
        }
    }

    boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] == MASK) {
                return false;
            }
        }
        return true;
    }

    List<NumberMention> mentions() {
        List<NumberMention> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(NumberMention::start));
        return out;
    }

    /**
     * Whether the character at {@code sign} (a hyphen, en dash or minus) makes the number after it negative: only when it
     * stands after a space, a bracket or at the start, and what precedes it is no number ({@code 3 - 4} is a range,
     * {@code F-16} a name, {@code 2.-3.} a range of ordinals).
     */
    boolean isNegativeSign(int sign) {
        char c = at(sign);
        if (c != '-' && c != '\u2212' && c != '\u2013') {
            return false;
        }
        if (sign > 0) {
            char before = at(sign - 1);
            if (!(Character.isWhitespace(before) || before == '(' || before == '[')) {
                return false;
            }
        }
        int i = sign - 1;
        while (i >= 0 && Character.isWhitespace(at(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char prev = at(i);
        return !(Character.isDigit(prev) || prev == '.' || prev == ',' || prev == MASK || prev == '%');
    }

    /**
     * Where the word "minus" (any case) starts when it stands, followed by whitespace, right before {@code start};
     * -1 otherwise. A loop, not a pattern anchored at the end of the prefix: that one scanned the whole prefix.
     */
    int minusBefore(int start) {
        String t = current();
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        if (i == start - 1 || i < 4 || !t.regionMatches(true, i - 4, "minus", 0, 5)) {
            return -1;
        }
        return i - 5 >= 0 && Character.isLetter(t.charAt(i - 5)) ? -1 : i - 4;
    }

    /** Agency credits ({@code /ritzau/Reuters}) at the end of a paragraph: names of the wire, not of the story. */
    static final Pattern CREDIT = Pattern.compile("(?m)/\\s*\\p{L}[\\p{L}. ]{0,25}\\s*/[\\p{L}\\p{N}. ,&/+-]*\\s*$");

    void blankCredits() {
        if (original.indexOf('/') < 0) {
            return;
        }
        Matcher m = CREDIT.matcher(original);
        while (m.find()) {
            blank(m.start(), m.end());
        }
    }

    static String withoutCredits(String text) {
        return text.indexOf('/') < 0 ? text : CREDIT.matcher(text).replaceAll(" ");
    }
}
