package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tolk.fidelity.NumberMention.Wording;

/**
 * How Danish writes numbers: thousands dots ({@code 19.667}), decimal commas ({@code 2,3}), scale words ({@code mio.},
 * {@code mia.} = billion, {@code tusind}), centuries ({@code 1800-tallet}); its dates and times are in
 * {@link DanishDates}, its number words in {@link DanishWords}.
 */
final class DanishNumbers implements Notation {

    static final DanishNumbers NOTATION = new DanishNumbers();

    private static final Pattern SCALE = Pattern.compile(
            "(?:,-)?\\s*(tusinde?|hundrede|mio\\.?|mill\\.|millioner|million|mia\\.?|milliarder|milliard|billioner|billion)"
                    + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DanishNumbers() {
    }

    /** The numbers of a Danish text. */
    static List<NumberMention> find(String text) {
        return NumberReader.read(text, NOTATION);
    }

    @Override
    public char thousands() {
        return '.';
    }

    @Override
    public void readDatesAndTimes(Scan scan) {
        DanishDates.read(scan);
    }

    @Override
    public RunReading readRun(String run) {
        if (NumberPatterns.is(NumberPatterns.DOT_GROUPED, run)) {
            return RunReading.of(new BigDecimal(run.replace(".", "").replace(',', '.')), true);
        }
        if (NumberPatterns.is(NumberPatterns.COMMA_DECIMAL_OPT, run)) {
            return RunReading.of(new BigDecimal(run.replace(',', '.')), false);
        }
        if (NumberPatterns.is(NumberPatterns.DOT_DECIMAL, run)) {
            return RunReading.of(new BigDecimal(run), false); // an English-style decimal in Danish text: take it at its word
        }
        return null;
    }

    @Override
    public ScaleWord scaleAfter(Scan scan, int end) {
        Matcher s = SCALE.matcher(scan.current());
        s.region(end, scan.length()).useTransparentBounds(true);
        return s.lookingAt() ? new ScaleWord(Scale.danish(s.group(1)), s.end(), false) : null;
    }

    /** {@code 1800-tallet} is the 19th century; {@code det 19. århundrede} too. */
    @Override
    public NumberKey centuryOf(Scan scan, NumberMention number) {
        String s = number.surface();
        if (s.length() == 4 && s.endsWith("00") && scan.original.startsWith("-tallet", number.end())) {
            return NumberKey.century(Integer.parseInt(s.substring(0, 2)) + 1);
        }
        if (s.length() <= 2 && scan.original.startsWith(". århundrede", number.end())) {
            return NumberKey.century(Integer.parseInt(s));
        }
        return null;
    }

    @Override
    public Wording wording(Quantity quantity, RunReading run) {
        return new Wording(quantity.spelled(), otherDigits(quantity, run.grouped()));
    }

    /** In English digits: {@code 19,667}, {@code 2.3 million}. */
    @Override
    public String otherDigits(Quantity q, boolean grouped) {
        return NumberWords.englishDigits(q.mantissa(), grouped) + (q.scale() == null ? "" : " " + q.scale().english);
    }

    @Override
    public Words words() {
        return DanishWords.WORDS;
    }
}
