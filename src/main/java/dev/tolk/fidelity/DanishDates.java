package dev.tolk.fidelity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import dev.tolk.fidelity.NumberMention.Wording;

/**
 * The date and time forms of Danish: {@code 7. oktober}, {@code 7.10.2023}, {@code 7/10-2023}, {@code kl. 14.30},
 * {@code kl. 14.30-16}, a bare {@code 14.30}. Each pass runs only when the literal it needs is in the text: a pattern
 * with look-behinds costs a test at every character even when it cannot match.
 */
final class DanishDates {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

    /** {@code 7. oktober}, {@code 7. okt.}, {@code 7 oktober}. */
    private static final Pattern DATE = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.?\\s?" + MONTH + "\\.?(?![\\p{L}])", CI);
    /** {@code 7.10.2023}. */
    private static final Pattern DOTTED_DATE = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![0-9])");
    /** {@code kl. 14.30}, {@code klokken 9}, {@code kl. 14.30-16}. */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\p{L}])(?:kl\\.?|klokken)\\s*(\\d{1,2})(?:[.:](\\d{2}))?"
            + "(?![0-9])(?:\\s*[-–]\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![0-9]))?", CI);
    /** A bare {@code 14.30}: Danish groups thousands in threes, so two digits after a dot are minutes. */
    private static final Pattern BARE_TIME = Pattern.compile("(?<![0-9.,])(\\d{1,2})[.:](\\d{2})(?![0-9]|[.,][0-9])");

    private DanishDates() {
    }

    static void read(Scan scan) {
        if (scan.mentionsMonth()) {
            monthDates(scan);
        }
        if (scan.digitsAround('.')) {
            dottedDates(scan);
        }
        if (scan.digitsAround('/')) {
            DateForms.slashDates(scan);
        }
        if (scan.digitsAround('-')) {
            DateForms.isoDates(scan);
        }
        if (scan.mentions("kl")) {
            clockTimes(scan);
        }
        if (scan.digitsAround('.') || scan.digitsAround(':')) {
            bareTimes(scan);
        }
    }

    private static void monthDates(Scan scan) {
        for (MatchResult m : scan.matches(DATE, Scan::isDigit)) {
            int day = Integer.parseInt(m.group(1));
            int month = NumberWords.danishMonth(m.group(2));
            if (NumberKey.validDate(day, month)) {
                // the dot after a full month name ends the sentence; after an abbreviation (okt.) it is the abbreviation's
                int end = m.group().endsWith(".") && m.group(2).length() > 4 ? m.end() - 1 : m.end();
                scan.add(DateForms.date(scan, m.start(), end, day, month));
            }
        }
    }

    private static void dottedDates(Scan scan) {
        for (MatchResult m : scan.matches(DOTTED_DATE, Scan::isDigit)) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (NumberKey.validDate(day, month)) {
                scan.add(DateForms.date(scan, m.start(), m.end(2), day, month));
                scan.add(DateForms.year(scan, m.start(3), m.end(3)));
            }
        }
    }

    private static void clockTimes(Scan scan) {
        for (MatchResult m : scan.matches(CLOCK, c -> c == 'k' || c == 'K')) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (!NumberKey.validTime(hour, minute)) {
                continue;
            }
            int end = m.group(3) == null ? m.end() : (m.group(2) == null ? m.end(1) : m.end(2));
            scan.add(time(scan, m.start(), end, hour, minute));
            if (m.group(3) != null) {
                int h2 = Integer.parseInt(m.group(3));
                int m2 = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                if (NumberKey.validTime(h2, m2)) {
                    scan.add(time(scan, m.start(3), m.end(), h2, m2));
                }
            }
        }
    }

    /**
     * A time: {@code kl. 9} may be nine in the morning or the evening ({@code kl. 9 i aften}); English says which. When
     * one of the two words after it names the part of the day ({@code kl. 9.15 søndag morgen}, {@code kl. 8 i aften}),
     * only that reading is kept; further away the word may be about something else, so both stay.
     */
    private static NumberMention time(Scan scan, int start, int end, int hour, int minute) {
        Set<NumberKey> keys = DateForms.clockKeys(hour, minute);
        int h = hour;
        if (keys.size() == 2) {
            PartOfDay part = partOfDayAfter(scan.original, end);
            if (part != null) {
                h = part == PartOfDay.EVENING ? hour + 12 : hour;
                keys = Set.of(NumberKey.time(h, minute));
            }
        }
        String hhmm = DateForms.hhmm(h, minute);
        return DateForms.time(scan, start, end, keys, new Wording(hhmm, hhmm));
    }

    private enum PartOfDay {
        MORNING, EVENING
    }

    private static final Set<String> MORNING = Set.of("morgen", "morgenen", "morges", "formiddag", "formiddagen");
    private static final Set<String> EVENING = Set.of("aften", "aftenen", "eftermiddag", "eftermiddagen");

    /** The part of the day one of the two words after {@code end} names, or null. {@code i morgen} is "tomorrow". */
    private static PartOfDay partOfDayAfter(String text, int end) {
        String previous = "";
        int i = end;
        for (int word = 0; word < 2; word++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int from = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (from == i) {
                return null;
            }
            String w = text.substring(from, i).toLowerCase(Locale.ROOT);
            if (MORNING.contains(w) && !("i".equals(previous) && "morgen".equals(w))) {
                return PartOfDay.MORNING;
            }
            if (EVENING.contains(w)) {
                return PartOfDay.EVENING;
            }
            previous = w;
        }
        return null;
    }

    private static void bareTimes(Scan scan) {
        for (MatchResult m : scan.matches(BARE_TIME, Scan::isDigit)) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (!NumberKey.validTime(hour, minute) || DanishNumbers.NOTATION.scaleAfter(scan, m.end()) != null) {
                continue;
            }
            NumberMention t = time(scan, m.start(), m.end(), hour, minute);
            scan.add(NumberKey.validDate(hour, minute) ? t.withKey(NumberKey.date(hour, minute)) : t);
        }
    }
}
