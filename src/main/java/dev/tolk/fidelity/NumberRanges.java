package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two numbers joined into a range or a season lend each other what one of them leaves unsaid, in either language:
 * {@code 1.-3. marts} (the first day takes the month), {@code 2-3 millioner} (the first number takes the scale),
 * {@code 2023/24} (the second year takes the century).
 */
final class NumberRanges {

    static final Pattern RANGE_LINK = Pattern.compile("\\.?\\s*(?:-|–|—|til|to|og|and|or|eller)\\s*",
            Pattern.CASE_INSENSITIVE);

    private NumberRanges() {
    }

    static List<NumberMention> link(String text, List<NumberMention> mentions) {
        List<NumberMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            NumberMention a = out.get(i);
            NumberMention b = out.get(i + 1);
            if (a.end() > b.start()) {
                continue;
            }
            String between = text.substring(a.end(), b.start());
            boolean range = RANGE_LINK.matcher(between).matches();
            // 1.-3. marts, 1-3 March: the first day takes the month; March 1-3: the second day does
            NumberKey.DayOfMonth day = b.day();
            if (range && day != null && plainDay(a)) {
                out.set(i, a.withKey(NumberKey.date(a.mantissa().intValue(), day.month())));
            }
            day = a.day();
            if (range && day != null && plainDay(b)) {
                out.set(i + 1, b.withKey(NumberKey.date(b.mantissa().intValue(), day.month())));
            }
            // a season or financial year: 2023/24 is 2023/2024
            if (NumberPatterns.is(NumberPatterns.YEAR, a.surface()) && NumberPatterns.is(NumberPatterns.TWO_DIGITS, b.surface())
                    && NumberPatterns.is(NumberPatterns.SEASON_LINK, between)) {
                int full = Integer.parseInt(a.surface()) / 100 * 100 + Integer.parseInt(b.surface());
                out.set(i + 1, out.get(i + 1).withKey(NumberKey.amount(full)));
            }
            if (range && a.scale() == null && a.mantissa() != null && NumberPatterns.is(NumberPatterns.PLAIN, a.surface())
                    && b.scale() != null && !b.optional()) {
                out.set(i, a.withKey(NumberKey.amount(a.mantissa().multiply(b.scale().factor))));
            }
        }
        return out;
    }

    /** A bare day number ({@code 1.}, {@code 1}) that may take the month of the other end of its range. */
    private static boolean plainDay(NumberMention m) {
        return m.mantissa() != null && m.scale() == null && NumberPatterns.is(NumberPatterns.DAY, m.surface())
                && NumberKey.validDate(m.mantissa().intValue(), 1);
    }
}
