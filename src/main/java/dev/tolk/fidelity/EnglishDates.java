package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tolk.fidelity.NumberMention.Span;
import dev.tolk.fidelity.NumberMention.Wording;

/**
 * The date and time forms of English: {@code 7 October}, {@code October 7th}, {@code 7/10/2023}, {@code 2.30 pm},
 * {@code 9 o'clock}, {@code 14:30}, {@code 14.30}; and a Danish date left in the English ({@code 7. oktober}), which
 * is no English date but says which source date it garbled.
 */
final class EnglishDates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![0-9.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![0-9])(?!\\s*(?:,|\\.)\\d)");
    private static final Pattern DANISH_DATE = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.\\s?(januar|februar|marts|april"
            + "|maj|juni|juli|august|september|oktober|november|december|okt)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![0-9.,/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![0-9/])");
    private static final Pattern AM_PM = Pattern.compile(
            "(?<![0-9.,:])(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern OCLOCK = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\s+o['’]clock");
    private static final Pattern COLON_TIME = Pattern.compile("(?<![0-9.,:])(\\d{1,2}):(\\d{2})(?![0-9]|:\\d)");
    private static final Pattern DOT_TIME = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.(\\d{2})(?![0-9]|[.,][0-9])");
    private static final Pattern NOT_A_TIME_AFTER = Pattern.compile(
            "\\s*(?:%|per\\s?cent|percent|bn|mn|m|k|million|billion|thousand|trillion)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private EnglishDates() {
    }

    static void read(Scan scan) {
        if (scan.mentionsMonth()) {
            monthDates(scan, DAY_MONTH, 1, 2);
            monthDates(scan, MONTH_DAY, 2, 1);
            danishDates(scan);
        }
        if (scan.digitsAround('/')) {
            numericDates(scan);
            DateForms.slashDates(scan); // 7/10 without a year: a date either way round, or a fraction
        }
        if (scan.digitsAround('-')) {
            DateForms.isoDates(scan);
        }
        if (scan.mentions("am") || scan.mentions("pm") || scan.mentions("a.m") || scan.mentions("p.m")) {
            amPm(scan);
        }
        if (scan.mentions("clock")) {
            oClock(scan);
        }
        if (scan.digitsAround(':')) {
            colonTimes(scan);
        }
        if (scan.digitsAround('.')) {
            dotTimes(scan);
        }
    }

    private static void monthDates(Scan scan, Pattern pattern, int dayGroup, int monthGroup) {
        // A month name opens with one of these capitals (MONTH is case-sensitive); a day opens with a digit.
        IntPredicate canStart = pattern == MONTH_DAY ? c -> "JFMASOND".indexOf(c) >= 0 : Scan::isDigit;
        for (MatchResult m : scan.matches(pattern, canStart)) {
            int day = Integer.parseInt(m.group(dayGroup));
            int month = NumberWords.englishMonth(m.group(monthGroup));
            if (NumberKey.validDate(day, month) && scan.free(m.start(), m.end())) {
                int end = m.group().endsWith(".") && m.group(monthGroup).length() > 4 ? m.end() - 1 : m.end();
                scan.add(NumberMention.of(Span.of(scan.original, m.start(), end), Set.of(NumberKey.date(day, month)),
                        new Wording(NumberWords.englishDate(day, month), NumberWords.danishDate(day, month)))
                        .sameInDanish());
            }
        }
    }

    private static void danishDates(Scan scan) {
        for (MatchResult m : scan.matches(DANISH_DATE, Scan::isDigit)) {
            int day = Integer.parseInt(m.group(1));
            int month = NumberWords.danishMonth(m.group(2));
            if (NumberKey.validDate(day, month)) {
                scan.add(NumberMention.of(Span.of(scan.original, m.start(), m.end()), Set.of(),
                        new Wording("no English date (Danish ordinal dot and month name)", m.group()))
                        .readAsDanish(Set.of(NumberKey.date(day, month))));
            }
        }
    }

    /** {@code 7/10/2023}: British day first or American month first; both are accepted. */
    private static void numericDates(Scan scan) {
        for (MatchResult m : scan.matches(NUMERIC_DATE, Scan::isDigit)) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            Set<NumberKey> keys = DateForms.dayAndMonthEitherWay(a, b);
            if (keys.isEmpty()) {
                continue;
            }
            Span span = Span.of(scan.original, m.start(), m.end(2));
            scan.add(NumberMention.of(span, keys, new Wording("the date " + span.surface(), span.surface())).sameInDanish());
            scan.add(DateForms.year(scan, m.start(3), m.end(3)).sameInDanish());
        }
    }

    private static void amPm(Scan scan) {
        for (MatchResult m : scan.matches(AM_PM, Scan::isDigit)) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12 || minute > 59) {
                continue;
            }
            boolean pm = m.group(3).equalsIgnoreCase("p");
            int h24 = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            scan.add(time(scan, m.start(), m.end(), Set.of(NumberKey.time(h24, minute)),
                    new Wording(DateForms.hhmm(h24, minute), "kl. " + h24 + "." + (minute < 10 ? "0" : "") + minute)));
        }
    }

    private static void oClock(Scan scan) {
        for (MatchResult m : scan.matches(OCLOCK, Scan::isDigit)) {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                continue;
            }
            Set<NumberKey> keys = Set.of(NumberKey.time(hour, 0), NumberKey.time(hour == 12 ? 0 : hour + 12, 0));
            scan.add(time(scan, m.start(), m.end(), keys, new Wording(hour + " o'clock", "kl. " + hour)));
        }
    }

    /** {@code 2:30} without am/pm: half past two at night or in the afternoon. */
    private static void colonTimes(Scan scan) {
        for (MatchResult m : scan.matches(COLON_TIME, Scan::isDigit)) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (NumberKey.validTime(hour, minute)) {
                scan.add(time(scan, m.start(), m.end(), DateForms.clockKeys(hour, minute),
                        new Wording(DateForms.hhmm(hour, minute), "kl. " + hour + "." + m.group(2))));
            }
        }
    }

    /** British {@code 14.30} is a time or a decimal; both readings are accepted. */
    private static void dotTimes(Scan scan) {
        for (MatchResult m : scan.matches(DOT_TIME, Scan::isDigit)) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            Matcher after = NOT_A_TIME_AFTER.matcher(scan.current());
            after.region(m.end(), scan.length()).useTransparentBounds(true);
            if (!NumberKey.validTime(hour, minute) || after.lookingAt() || scan.isNegativeSign(m.start() - 1)) {
                continue;
            }
            Set<NumberKey> clock = DateForms.clockKeys(hour, minute);
            BigDecimal decimal = new BigDecimal(m.group());
            NumberMention t = DateForms.time(scan, m.start(), m.end(), clock, new Wording(
                    DateForms.hhmm(hour, minute) + " or " + NumberWords.spell(decimal), "kl. " + m.group()));
            scan.add(t.readAsDanish(clock).withKey(NumberKey.amount(decimal)));
        }
    }

    /** A time whose keys read the same to a reader of Danish. */
    private static NumberMention time(Scan scan, int start, int end, Set<NumberKey> keys, Wording wording) {
        return DateForms.time(scan, start, end, keys, wording).sameInDanish();
    }
}
