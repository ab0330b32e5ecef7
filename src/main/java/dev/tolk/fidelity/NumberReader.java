package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tolk.fidelity.Notation.RunReading;
import dev.tolk.fidelity.Notation.ScaleWord;
import dev.tolk.fidelity.NumberMention.Need;
import dev.tolk.fidelity.NumberMention.Span;

/**
 * Reads the numbers of a text in one language's {@link Notation}: its dates and times first, then numbers in digits
 * (with scale words and signs), numbers in words, Roman numerals, and finally the ranges that join two of them
 * ({@code 1.-3. marts}, {@code 2-3 millioner}, {@code 2023/24}). Agency credits ({@code /ritzau/Reuters}) are skipped.
 */
final class NumberReader {

    /** A run of digits with separators between them (the notation says what the separators mean). */
    static final Pattern RUN = Pattern.compile(
            "(?<![0-9])[0-9](?:[0-9]|[.,](?=[0-9])|[\\u00A0\\u202F\\u2009](?=[0-9]{3}(?![0-9])))*");
    private static final Pattern ROMAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?=[IVX]{2,6}(?![\\p{L}\\p{N}])|[XV](?![\\p{L}\\p{N}]))(X{0,3})(IX|IV|VI{0,3}|I{0,3})(?![\\p{L}\\p{N}])");

    private NumberReader() {
    }

    static List<NumberMention> read(String text, Notation notation) {
        Scan scan = new Scan(text);
        scan.blankCredits();
        if (scan.hasDigit()) {
            notation.readDatesAndTimes(scan);
            digits(scan, notation);
        }
        WordPhrases.read(scan, notation);
        if (NumberPatterns.mayHaveRoman(text)) {
            romanNumerals(scan);
        }
        return NumberRanges.link(scan.original, scan.mentions());
    }

    /** Numbers in digits, with what follows them: a suffix ({@code 19th}), a scale word, a sign, "below zero". */
    private static void digits(Scan scan, Notation notation) {
        for (MatchResult m : scan.matches(RUN, Scan::isDigit)) {
            String run = NumberPatterns.THIN_SPACES.matcher(m.group()).replaceAll(String.valueOf(notation.thousands()));
            RunReading reading = notation.readRun(run);
            if (reading == null) {
                splitRun(scan, m.start(), run);
                continue;
            }
            int start = m.start();
            int end = reading.slip() == null ? notation.suffixEnd(scan, m.end()) : m.end();
            ScaleWord scale = notation.scaleAfter(scan, end);
            if (scale != null) {
                end = scale.end();
            }
            boolean negative = false;
            if (start > 0 && scan.isNegativeSign(start - 1)) {
                negative = true;
                start--;
            } else {
                int minus = scan.minusBefore(start);
                if (minus >= 0) {
                    negative = true;
                    start = minus;
                }
            }
            int below = negative ? -1 : notation.belowZeroEnd(scan, end);
            if (below >= 0) {
                negative = true;
                end = below;
            }
            Quantity q = new Quantity(negative ? reading.mantissa().negate() : reading.mantissa(),
                    scale == null ? null : scale.scale());
            NumberMention number = number(Span.of(scan.original, start, end), q, reading, scale, notation);
            NumberKey century = reading.slip() == null ? notation.centuryOf(scan, number) : null;
            scan.add(century == null ? number : number.withKey(century));
        }
    }

    private static NumberMention number(Span span, Quantity q, RunReading reading, ScaleWord scale, Notation notation) {
        Set<NumberKey> means = new LinkedHashSet<>();
        Set<NumberKey> asDanish = new LinkedHashSet<>();
        if (reading.slip() == null) {
            means.add(q.key());
            if (scale != null && scale.ambiguous()) {
                means.add(NumberKey.amount(q.mantissa())); // 3m: three metres?
            }
            for (BigDecimal d : reading.asDanish()) {
                Quantity danish = new Quantity(q.mantissa().signum() < 0 ? d.negate() : d, q.scale());
                asDanish.add(danish.key());
            }
        } else {
            asDanish.add(q.key());
        }
        return new NumberMention(span, means, Need.REQUIRED, q, notation.wording(q, reading), asDanish);
    }

    /** Digits whose separators make no number in the notation ({@code 1,2,3}): each group on its own. */
    static void splitRun(Scan scan, int start, String run) {
        Matcher d = NumberPatterns.DIGITS.matcher(run);
        while (d.find()) {
            Span span = new Span(start + d.start(), start + d.end(), d.group());
            scan.add(NumberMention.plain(span, new BigDecimal(d.group()), Need.REQUIRED).sameInDanish());
        }
    }

    /**
     * Roman numerals of kings, popes and wars ({@code Christian IV}, {@code World War II}): optional, since the other
     * language may write them as digits ({@code Frederik 10.}) or words ({@code Second World War}). A lone I is the
     * English pronoun and is left alone.
     */
    private static void romanNumerals(Scan scan) {
        for (MatchResult m : scan.matches(ROMAN, c -> c == 'I' || c == 'V' || c == 'X')) {
            int value = 10 * m.group(1).length() + switch (m.group(2)) {
                case "IX" -> 9;
                case "IV" -> 4;
                default -> m.group(2).startsWith("V") ? 5 + m.group(2).length() - 1 : m.group(2).length();
            };
            if (value >= 2) {
                Span span = new Span(m.start(), m.end(), m.group());
                scan.add(NumberMention.plain(span, BigDecimal.valueOf(value), Need.OPTIONAL).sameInDanish());
            }
        }
    }
}
