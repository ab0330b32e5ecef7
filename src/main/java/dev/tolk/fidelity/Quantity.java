package dev.tolk.fidelity;

import java.math.BigDecimal;

/**
 * A number as written before any scale word, and that scale word: {@code 2,3 mio.} is 2.3 and a million.
 *
 * @param mantissa the written number, signed ({@code -5} in {@code -5 grader})
 * @param scale    the scale word after it, or null
 */
record Quantity(BigDecimal mantissa, Scale scale) {

    static Quantity of(BigDecimal mantissa) {
        return new Quantity(mantissa, null);
    }

    /** What it amounts to: the mantissa times the scale. */
    BigDecimal value() {
        return scale == null ? mantissa : mantissa.multiply(scale.factor);
    }

    NumberKey key() {
        return NumberKey.amount(value());
    }

    Quantity negate() {
        return new Quantity(mantissa.negate(), scale);
    }

    /** In English words, as the warnings say it: "two point three million". */
    String spelled() {
        return NumberWords.spell(mantissa, scale);
    }
}
