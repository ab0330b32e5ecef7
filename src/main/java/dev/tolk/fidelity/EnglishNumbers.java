package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tolk.fidelity.NumberMention.Wording;

/**
 * How English writes numbers: {@code 19,667} is nineteen thousand six hundred and sixty-seven, {@code 19.667} is
 * nineteen point six six seven; scale words ({@code 2.3 million}, {@code $3bn}), suffixes ({@code 19th},
 * {@code 1990s}), "below zero"; its dates and times are in {@link EnglishDates}, its number words in
 * {@link EnglishWords}. Danish notation left in the English ({@code 2,3 million}, {@code 1.234.567}) is no English
 * number; what it would mean in Danish is kept to explain the slip.
 */
final class EnglishNumbers implements Notation {

    static final EnglishNumbers NOTATION = new EnglishNumbers();

    private static final Pattern SUFFIX = Pattern.compile("(?:st|nd|rd|th|'?s)(?![\\p{L}])");
    private static final Pattern ATTACHED_SCALE = Pattern.compile("(bn|mn|mln|tn|m|k)(?![\\p{L}])");
    private static final Pattern SPACED_SCALE = Pattern.compile(
            "(?:\\s?(bn|mn)|[\\s-]+(hundred|thousand|million|billion|trillion))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    static final Pattern BELOW_ZERO = Pattern.compile(
            "(?:\\s*(?:°\\s*[CF]?|degrees?(?:\\s+(?:Celsius|centigrade|C))?))?\\s+below\\s+(?:zero|freezing)",
            Pattern.CASE_INSENSITIVE);
    /** " century" after an ordinal: the 19th century is the 1800s. */
    static final Pattern CENTURY = Pattern.compile("[\\s-]+century", Pattern.CASE_INSENSITIVE);

    private EnglishNumbers() {
    }

    /** The numbers of an English text. */
    static List<NumberMention> find(String text) {
        return NumberReader.read(text, NOTATION);
    }

    @Override
    public char thousands() {
        return ',';
    }

    @Override
    public void readDatesAndTimes(Scan scan) {
        EnglishDates.read(scan);
    }

    /** English digits, and what a reader of Danish would take them for: {@code 19,667} is 19.667 to a Dane. */
    @Override
    public RunReading readRun(String run) {
        if (NumberPatterns.is(NumberPatterns.COMMA_GROUPED, run)) {
            List<BigDecimal> danish = NumberPatterns.is(NumberPatterns.ONE_COMMA_GROUP, run)
                    ? List.of(new BigDecimal(run.replace(',', '.'))) : List.of();
            return new RunReading(new BigDecimal(run.replace(",", "")), true, null, danish);
        }
        if (NumberPatterns.is(NumberPatterns.DOT_DECIMAL_OPT, run)) {
            BigDecimal value = new BigDecimal(run);
            List<BigDecimal> danish = NumberPatterns.is(NumberPatterns.DOT_GROUPED_WHOLE, run)
                    ? List.of(new BigDecimal(run.replace(".", ""))) : run.contains(".") ? List.of() : List.of(value);
            return new RunReading(value, false, null, danish);
        }
        if (NumberPatterns.is(NumberPatterns.DOT_GROUPED, run)) {
            return new RunReading(new BigDecimal(run.replace(".", "").replace(',', '.')), false,
                    run.contains(",") ? "Danish thousands dots and decimal comma" : "Danish thousands dots", List.of());
        }
        if (NumberPatterns.is(NumberPatterns.COMMA_DECIMAL, run)) {
            return new RunReading(new BigDecimal(run.replace(',', '.')), false, "Danish decimal comma", List.of());
        }
        return null;
    }

    @Override
    public int suffixEnd(Scan scan, int end) {
        Matcher suffix = SUFFIX.matcher(scan.current());
        suffix.region(end, scan.length()).useTransparentBounds(true);
        return suffix.lookingAt() ? suffix.end() : end;
    }

    @Override
    public ScaleWord scaleAfter(Scan scan, int end) {
        Matcher attached = ATTACHED_SCALE.matcher(scan.current());
        attached.region(end, scan.length()).useTransparentBounds(true);
        if (attached.lookingAt()) {
            String s = attached.group(1);
            return new ScaleWord(Scale.english(s), attached.end(), s.equals("m") || s.equals("k")); // 3m: metres?
        }
        Matcher spaced = SPACED_SCALE.matcher(scan.current());
        spaced.region(end, scan.length()).useTransparentBounds(true);
        if (spaced.lookingAt()) {
            return new ScaleWord(Scale.english(spaced.group(1) != null ? spaced.group(1) : spaced.group(2)),
                    spaced.end(), false);
        }
        return null;
    }

    @Override
    public int belowZeroEnd(Scan scan, int end) {
        Matcher below = BELOW_ZERO.matcher(scan.current());
        below.region(end, scan.length()).useTransparentBounds(true);
        return below.lookingAt() ? below.end() : -1;
    }

    /** "the 19th century" is the 1800s. */
    @Override
    public NumberKey centuryOf(Scan scan, NumberMention number) {
        return number.scale() == null && CENTURY.matcher(scan.original).region(number.end(), scan.length()).lookingAt()
                && NumberPatterns.is(NumberPatterns.NUMERIC_ORDINAL, number.surface())
                        ? NumberKey.century(number.mantissa().intValue()) : null;
    }

    @Override
    public Wording wording(Quantity q, RunReading run) {
        String reading = run.slip() != null ? "which is no English number (" + run.slip() + ")" : q.spelled();
        return new Wording(reading, otherDigits(q, run.grouped()));
    }

    /** In Danish digits: {@code 19.667}, {@code 2,3 millioner}; thousands grouped from 10 000 (years stay {@code 2023}). */
    @Override
    public String otherDigits(Quantity q, boolean grouped) {
        BigDecimal v = q.mantissa();
        boolean large = v.abs().compareTo(BigDecimal.valueOf(10000)) >= 0 && v.scale() <= 0;
        return NumberWords.danishDigits(v, grouped || large) + (q.scale() == null ? "" : " " + q.scale().danishFor(v.abs()));
    }

    @Override
    public Words words() {
        return EnglishWords.WORDS;
    }
}
