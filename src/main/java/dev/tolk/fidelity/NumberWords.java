package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** Numbers in words (for warning details) and the month names both languages use in dates. */
final class NumberWords {

    private static final String[] SMALL = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen" };
    private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety" };
    private static final String[] GROUPS = { "", "thousand", "million", "billion", "trillion", "quadrillion" };

    static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> DANISH_MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");

    private NumberWords() {
    }

    /** British English: {@code 19667} is "nineteen thousand six hundred and sixty-seven", {@code 2.3} "two point three". */
    static String spell(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() < 0) {
            return "minus " + spell(v.negate());
        }
        if (v.abs().compareTo(new BigDecimal("1e18")) >= 0) {
            return v.toPlainString();
        }
        BigInteger whole = v.toBigInteger();
        String words = spellWhole(whole.longValueExact());
        if (v.scale() > 0) {
            String digits = v.toPlainString();
            digits = digits.substring(digits.indexOf('.') + 1);
            StringBuilder sb = new StringBuilder(words).append(" point");
            for (char c : digits.toCharArray()) {
                sb.append(' ').append(SMALL[c - '0']);
            }
            return sb.toString();
        }
        return words;
    }

    /** A number before a scale word: "two point three million". */
    static String spell(BigDecimal mantissa, Scale scale) {
        return scale == null ? spell(mantissa) : spell(mantissa) + " " + scale.english;
    }

    private static String spellWhole(long n) {
        if (n < 20) {
            return SMALL[(int) n];
        }
        StringBuilder sb = new StringBuilder();
        long rest = n;
        int group = 0;
        String lower = "";
        boolean lowerBelowHundred = false;
        while (rest > 0) {
            int chunk = (int) (rest % 1000);
            rest /= 1000;
            if (chunk != 0) {
                String words = spellBelowThousand(chunk) + (GROUPS[group].isEmpty() ? "" : " " + GROUPS[group]);
                if (lower.isEmpty()) {
                    lower = words;
                    lowerBelowHundred = group == 0 && chunk < 100;
                } else {
                    lower = words + (lowerBelowHundred ? " and " : " ") + lower;
                    lowerBelowHundred = false;
                }
            }
            group++;
        }
        sb.append(lower);
        return sb.toString();
    }

    private static String spellBelowThousand(int n) {
        if (n < 100) {
            return spellBelowHundred(n);
        }
        String hundreds = SMALL[n / 100] + " hundred";
        return n % 100 == 0 ? hundreds : hundreds + " and " + spellBelowHundred(n % 100);
    }

    private static String spellBelowHundred(int n) {
        if (n < 20) {
            return SMALL[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }

    static String danishDate(int day, int month) {
        return day + ". " + DANISH_MONTHS.get(month - 1);
    }

    static String englishDate(int day, int month) {
        return day + " " + ENGLISH_MONTHS.get(month - 1);
    }

    /** Month number (1–12) of a Danish month name or abbreviation ({@code okt}, {@code sept}), or 0. */
    static int danishMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DANISH_MONTHS.size(); i++) {
            String m = DANISH_MONTHS.get(i);
            if (m.equals(w) || (w.length() >= 3 && m.startsWith(w))) {
                return i + 1;
            }
        }
        return switch (w) {
            case "okt" -> 10;
            case "sept" -> 9;
            default -> 0;
        };
    }

    /** Month number of a capitalised English month name or abbreviation ({@code Oct}, {@code Sept}), or 0. */
    static int englishMonth(String word) {
        for (int i = 0; i < ENGLISH_MONTHS.size(); i++) {
            String m = ENGLISH_MONTHS.get(i);
            if (m.equals(word) || (word.length() >= 3 && m.startsWith(word))) {
                return i + 1;
            }
        }
        return "Sept".equals(word) ? 9 : 0;
    }

    /** Digits in Danish notation: {@code 19.667}, {@code 2,3}; thousands grouped from 10 000 (years stay {@code 2023}). */
    static String danishDigits(BigDecimal value, boolean group) {
        return format(value, group, '.', ',');
    }

    /** Digits in English notation: {@code 19,667}, {@code 2.3}. */
    static String englishDigits(BigDecimal value, boolean group) {
        return format(value, group, ',', '.');
    }

    private static String format(BigDecimal value, boolean group, char thousands, char decimal) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        if (group && whole.length() > 3) {
            int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            sb.append(whole, 0, first);
            for (int i = first; i < whole.length(); i += 3) {
                sb.append(thousands).append(whole, i, i + 3);
            }
        } else {
            sb.append(whole);
        }
        if (!frac.isEmpty()) {
            sb.append(decimal).append(frac);
        }
        return (v.signum() < 0 ? "-" : "") + sb;
    }
}
