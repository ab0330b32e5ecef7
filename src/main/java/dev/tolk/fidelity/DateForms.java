package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import dev.tolk.fidelity.NumberMention.Need;
import dev.tolk.fidelity.NumberMention.Span;
import dev.tolk.fidelity.NumberMention.Wording;

/** Date and time forms both languages write, and the pieces their own forms are made of (a year, a time of day). */
final class DateForms {

    /** {@code 7/10}, {@code 7/10-2023}, {@code 7/10 2023}; also a fraction ({@code 1/3}). */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?<![0-9.,/])(\\d{1,2})/(\\d{1,2})(?:[-/.](\\d{4}|\\d{2}))?(?![0-9/])");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");

    private DateForms() {
    }

    /** {@code 7/10} is a date either way round (day first in Danish and British, month first in American), or a fraction. */
    static void slashDates(Scan scan) {
        for (MatchResult m : scan.matches(SLASH_DATE, Scan::isDigit)) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            Set<NumberKey> keys = dayAndMonthEitherWay(a, b);
            if (m.group(3) == null) {
                keys.add(NumberKey.amount(a));
                keys.add(NumberKey.amount(b));
            }
            if (keys.isEmpty()) {
                continue;
            }
            Span span = Span.of(scan.original, m.start(), m.end(2));
            String reading = NumberKey.validDate(a, b) ? NumberWords.englishDate(a, b) + " (or " + a + "/" + b + ")"
                    : a + "/" + b;
            scan.add(NumberMention.of(span, keys, new Wording(reading, span.surface())));
            if (m.group(3) != null) {
                scan.add(year(scan, m.start(3), m.end(3)));
            }
        }
    }

    static Set<NumberKey> dayAndMonthEitherWay(int a, int b) {
        Set<NumberKey> keys = new LinkedHashSet<>();
        if (NumberKey.validDate(a, b)) {
            keys.add(NumberKey.date(a, b));
        }
        if (NumberKey.validDate(b, a)) {
            keys.add(NumberKey.date(b, a));
        }
        return keys;
    }

    /** {@code 2023-10-07}: the year and the day of the month. */
    static void isoDates(Scan scan) {
        for (MatchResult m : scan.matches(ISO_DATE, Scan::isDigit)) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (NumberKey.validDate(day, month)) {
                scan.add(year(scan, m.start(1), m.end(1)));
                scan.add(date(scan, m.start(2), m.end(3), day, month));
            }
        }
    }

    /** A day of a month as Danish writes it: the English form is its reading and its other form. */
    static NumberMention date(Scan scan, int start, int end, int day, int month) {
        String english = NumberWords.englishDate(day, month);
        return NumberMention.of(Span.of(scan.original, start, end), Set.of(NumberKey.date(day, month)),
                new Wording(english, english));
    }

    /** A year; a two-digit one ({@code 7/10-23}) is this century's or the number itself. */
    static NumberMention year(Scan scan, int start, int end) {
        String digits = scan.original.substring(start, end);
        int y = Integer.parseInt(digits);
        BigDecimal v = BigDecimal.valueOf(y);
        NumberMention year = NumberMention.amount(new Span(start, end, digits), Quantity.of(v), Need.REQUIRED,
                new Wording(NumberWords.spell(v), digits));
        return digits.length() == 2 ? year.withKey(NumberKey.amount(2000 + y)) : year;
    }

    /** A time of day without am or pm ({@code kl. 9}, {@code 2:30}): in the morning or, below 12, in the afternoon. */
    static Set<NumberKey> clockKeys(int hour, int minute) {
        Set<NumberKey> keys = new LinkedHashSet<>();
        keys.add(NumberKey.time(hour, minute));
        if (hour >= 1 && hour <= 11) {
            keys.add(NumberKey.time(hour + 12, minute));
        }
        return keys;
    }

    static String hhmm(int hour, int minute) {
        return hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    /** A time of day written {@code start}..{@code end}. */
    static NumberMention time(Scan scan, int start, int end, Set<NumberKey> keys, Wording wording) {
        return NumberMention.of(Span.of(scan.original, start, end), keys, wording);
    }
}
