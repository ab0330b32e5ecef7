package dev.tolk.fidelity;

import java.math.BigDecimal;

/**
 * A value a number mention may stand for, the same whichever language wrote it: Danish and English mentions are
 * compared by these. A mention that is ambiguous ({@code 14.30} in English is a time or a decimal) has more than one.
 * Each kind is its own type, so no code parses a key back out of a string; {@link #toString()} gives a short form
 * ({@code n:19667}, {@code d:7.10}, {@code t:14:30}, {@code c:19}) for tests and debugging.
 */
sealed interface NumberKey {

    /** A plain number, scale words applied ({@code 2,3 mio.} is 2 300 000), compared by value whatever its scale. */
    record Amount(BigDecimal value) implements NumberKey {
        public Amount {
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public String toString() {
            return "n:" + value.toPlainString();
        }
    }

    /** A day of a month, without a year: news copy names the year apart, or not at all. */
    record DayOfMonth(int day, int month) implements NumberKey {
        @Override
        public String toString() {
            return "d:" + day + "." + month;
        }
    }

    /** A time of day on the 24-hour clock. */
    record TimeOfDay(int hour, int minute) implements NumberKey {
        @Override
        public String toString() {
            return "t:" + hour + ":" + (minute < 10 ? "0" : "") + minute;
        }
    }

    /** A century by its ordinal: 19 for the 1800s ({@code 1800-tallet}, "the 19th century"). */
    record Century(int ordinal) implements NumberKey {
        @Override
        public String toString() {
            return "c:" + ordinal;
        }
    }

    static NumberKey amount(BigDecimal value) {
        return new Amount(value);
    }

    static NumberKey amount(long value) {
        return new Amount(BigDecimal.valueOf(value));
    }

    static NumberKey date(int day, int month) {
        return new DayOfMonth(day, month);
    }

    static NumberKey time(int hour, int minute) {
        return new TimeOfDay(hour, minute);
    }

    static NumberKey century(int ordinal) {
        return new Century(ordinal);
    }

    static boolean validDate(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    static boolean validTime(int hour, int minute) {
        return hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59;
    }
}
