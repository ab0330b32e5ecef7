package dev.tolk.fidelity;

import java.math.BigDecimal;

/**
 * Canonical values that Danish and English mentions are compared by: a plain number ({@code n:19667}), a day of a
 * month ({@code d:7.10}) or a time of day ({@code t:14:30}).
 */
final class NumberKeys {

    private NumberKeys() {
    }

    static String num(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return "n:0";
        }
        return "n:" + v.toPlainString();
    }

    static String num(long value) {
        return num(BigDecimal.valueOf(value));
    }

    static String date(int day, int month) {
        return "d:" + day + "." + month;
    }

    static String time(int hour, int minute) {
        return "t:" + hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    /** A century by its ordinal: {@code c:19} for the 1800s ({@code 1800-tallet}, "the 19th century"). */
    static String century(int ordinal) {
        return "c:" + ordinal;
    }

    static boolean validDate(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    static boolean validTime(int hour, int minute) {
        return hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59;
    }
}
