package dev.tolk.fidelity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes a run of digits and separators is tested against, compiled once: {@code String.matches} compiles its
 * pattern on every call, and these are tested for every number of every checked text.
 */
final class NumberPatterns {

    static final Pattern THIN_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2009]");
    static final Pattern DIGITS = Pattern.compile("\\d+");
    /** 19.667, 1.299,95 */
    static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    static final Pattern DOT_GROUPED_WHOLE = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    /** 19,667, 1,299.95 */
    static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    static final Pattern ONE_COMMA_GROUP = Pattern.compile("\\d{1,3},\\d{3}");
    static final Pattern COMMA_DECIMAL_OPT = Pattern.compile("\\d+(,\\d+)?");
    static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d+");
    static final Pattern DOT_DECIMAL_OPT = Pattern.compile("\\d+(\\.\\d+)?");
    static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    static final Pattern PLAIN = Pattern.compile("[0-9.,]+");
    static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
    static final Pattern DAY = Pattern.compile("\\d{1,2}\\.?");
    static final Pattern SEASON_LINK = Pattern.compile("[/\u2013-]");
    static final Pattern NUMERIC_ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    static final Set<String> JOINED_BY_AND = Set.of("hundrede", "tusind", "tusinde", "hundred", "thousand");
    static final Set<String> ENGLISH_SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion");

    private NumberPatterns() {
    }

    static boolean is(Pattern p, String s) {
        return p.matcher(s).matches();
    }

    /**
     * Whether a Roman numeral can be in the text at all: an I, V or X that starts a word. Most paragraphs have none,
     * and the numeral pattern's look-behinds cost a test at every character.
     */
    static boolean mayHaveRoman(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'I' || c == 'V' || c == 'X') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
