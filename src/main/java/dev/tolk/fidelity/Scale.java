package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.Locale;

/** Scale words. Danish "milliard" is English "billion"; Danish "billion" is English "trillion". */
enum Scale {
    HUNDRED("100", "hundred", "hundrede", "hundrede"),
    THOUSAND("1000", "thousand", "tusind", "tusind"),
    MILLION("1000000", "million", "million", "millioner"),
    BILLION("1000000000", "billion", "milliard", "milliarder"),
    TRILLION("1000000000000", "trillion", "billion", "billioner");

    final BigDecimal factor;
    final String english;
    final String danishOne;
    final String danishMany;

    Scale(String factor, String english, String danishOne, String danishMany) {
        this.factor = new BigDecimal(factor);
        this.english = english;
        this.danishOne = danishOne;
        this.danishMany = danishMany;
    }

    /** A Danish scale word or abbreviation ({@code mio.}, {@code mill.}, {@code mia.}), or null. */
    static Scale danish(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("hundrede")) {
            return HUNDRED;
        }
        if (w.startsWith("tusind")) {
            return THOUSAND;
        }
        if (w.startsWith("mia") || w.startsWith("milliard")) {
            return BILLION;
        }
        if (w.startsWith("mio") || w.startsWith("mill")) {
            return MILLION;
        }
        if (w.startsWith("billion")) {
            return TRILLION;
        }
        return null;
    }

    /** An English scale word or abbreviation ({@code bn}, {@code mn}), or null. */
    static Scale english(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> HUNDRED;
            case "thousand", "k" -> THOUSAND;
            case "million", "mn", "m", "mln" -> MILLION;
            case "billion", "bn" -> BILLION;
            case "trillion", "tn" -> TRILLION;
            default -> null;
        };
    }

    String danishFor(BigDecimal mantissa) {
        return mantissa.compareTo(BigDecimal.ONE) == 0 ? danishOne : danishMany;
    }
}
