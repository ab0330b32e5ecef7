package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.List;

import dev.tolk.fidelity.NumberMention.Wording;

/**
 * How one language writes numbers: its separators, scale words, number words, and date and time forms.
 * {@link NumberReader} reads a text with one; {@link DanishNumbers} and {@link EnglishNumbers} are the two.
 */
interface Notation {

    /** The thousands separator ({@code .} in Danish, {@code ,} in English); a thin or no-break space stands for it. */
    char thousands();

    /** Reads the language's dates and times, before plain numbers, so a date's day is not read again as a number. */
    void readDatesAndTimes(Scan scan);

    /** What a run of digits and separators ({@code 19.667}, {@code 2,3}) means here, or null when it makes no number. */
    RunReading readRun(String run);

    /** A scale word or abbreviation right after a number that ends at {@code end} ({@code mio.}, {@code bn}), or null. */
    ScaleWord scaleAfter(Scan scan, int end);

    /** Where a number ending at {@code end} really ends: after an ordinal or plural suffix ({@code 19th}, {@code 1990s}). */
    default int suffixEnd(Scan scan, int end) {
        return end;
    }

    /** Where a "below zero" after a number ending at {@code end} ends, or -1 when there is none. */
    default int belowZeroEnd(Scan scan, int end) {
        return -1;
    }

    /** The century a number in digits names ({@code 1800-tallet}, "the 19th century"), or null. */
    NumberKey centuryOf(Scan scan, NumberMention number);

    /** How a number written here reads, and how the other language writes it. */
    Wording wording(Quantity quantity, RunReading run);

    /** The number in the other language's digits: {@code 19,667} for Danish {@code 19.667}, and back. */
    String otherDigits(Quantity quantity, boolean grouped);

    /** The language's number words. */
    Words words();

    /**
     * What a run of digits means.
     *
     * @param mantissa the number it writes
     * @param grouped  written with thousands separators
     * @param slip     why it is no number in this language (Danish notation in English), or null
     * @param asDanish what a reader of Danish would take it for, besides its own meaning (English runs only)
     */
    record RunReading(BigDecimal mantissa, boolean grouped, String slip, List<BigDecimal> asDanish) {
        static RunReading of(BigDecimal mantissa, boolean grouped) {
            return new RunReading(mantissa, grouped, null, List.of());
        }
    }

    /**
     * A scale word after digits.
     *
     * @param ambiguous whether it may be a unit instead ({@code 3m} is three million or three metres)
     */
    record ScaleWord(Scale scale, int end, boolean ambiguous) {
    }

    /** A word or words that multiply the scale after them: {@code halvanden}, "half a", "one and a half". */
    record Multiplier(List<String> words, BigDecimal value, boolean needsScale) {
    }

    /** The number words of a language, as {@link WordPhrases} reads them. */
    interface Words {

        /** English number words are ASCII; Danish ones have æ, ø, å. */
        boolean asciiOnly();

        /** Whether a hyphen joins number words ({@code twenty-five}); Danish writes them as one word. */
        boolean hyphenJoins();

        /** The value of a cardinal word ({@code tre}, {@code femogtyve}, {@code three}), or null. */
        Integer cardinal(String word);

        /** Whether a cardinal word is also another word ({@code tyve} is "thieves" too): then it is never large. */
        boolean ambiguous(String word);

        Scale scale(String word);

        /** Whether a scale word is an abbreviation that takes its dot ({@code mio.}). */
        boolean abbreviation(String word);

        /** {@code en}, {@code a}: one, before a scale word. */
        boolean article(String word);

        /** The word that continues a number after hundred or thousand ({@code og}, {@code and}). */
        String and();

        List<Multiplier> multipliers();

        /**
         * Reads a form only this language has, at token {@code i} (ordinals, idioms such as "twice", "et dusin", "noon"):
         * adds its mention to the phrase's scan and returns how many tokens it used, or 0 if there is none.
         */
        int readOwnForm(WordPhrases phrase, int i);

        /** The mention of a number phrase of tokens {@code i} to {@code i + used - 1}, as this language needs it. */
        NumberMention finish(WordPhrases phrase, int i, int used, NumberMention mention);
    }
}
