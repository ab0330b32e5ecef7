package dev.tolk.fidelity;

import java.math.BigDecimal;

/**
 * Accumulates a number written in words, in either language: {@code to millioner tre hundrede tusind},
 * {@code two hundred and fifty}. Decides whether it must be matched: a word number is optional ("two officials" may
 * be "2 officials" or "to embedsmænd", or idiom: "a day or two") unless it is large ({@code femogtyve},
 * {@code twenty-five}) or scaled by a number ({@code to millioner}, {@code a million}).
 */
final class WordNumber {

    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal current = BigDecimal.ZERO;
    private boolean multiplied;
    private boolean large;
    private Scale lastScale;
    private int scales;

    /** {@code en}/{@code a} before a scale word, {@code halvanden}/{@code one and a half}. */
    void multiplier(BigDecimal value) {
        current = current.add(value);
    }

    void cardinal(int value, boolean unambiguous) {
        current = current.add(BigDecimal.valueOf(value));
        large = large || (value >= 13 && unambiguous);
    }

    void scale(Scale scale) {
        BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
        if (current.signum() != 0) {
            multiplied = true; // "to millioner", "a million": a stated count of the scale
        }
        if (scale == Scale.HUNDRED) {
            current = base.multiply(scale.factor);
        } else {
            total = total.add(base.multiply(scale.factor));
            current = BigDecimal.ZERO;
        }
        lastScale = scale;
        scales++;
    }

    BigDecimal value() {
        return total.add(current);
    }

    boolean required() {
        return multiplied || large;
    }

    /** The phrase's mention: optional unless {@link #required()}. */
    NumberMention mention(NumberMention.Span span, Notation notation) {
        BigDecimal value = value();
        Quantity q = Quantity.of(value);
        if (scales == 1 && lastScale != Scale.HUNDRED && value.compareTo(BigDecimal.ZERO) > 0) {
            q = new Quantity(value.divide(lastScale.factor), lastScale);
        }
        return NumberMention.amount(span, q, required() ? NumberMention.Need.REQUIRED : NumberMention.Need.OPTIONAL,
                new NumberMention.Wording(q.spelled(), notation.otherDigits(q, false)));
    }
}
