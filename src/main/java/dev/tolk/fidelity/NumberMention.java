package dev.tolk.fidelity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A number as written in a text, with every value it may stand for.
 *
 * @param start      offset of the mention in the text it was read from
 * @param end        offset just after it
 * @param surface    the mention as written ({@code 19.667}, {@code 2,3 millioner}, {@code 7. oktober}, {@code kl. 14.30})
 * @param keys       what it means read in its own language ({@link NumberKeys}); more than one when ambiguous
 *                   ({@code 14.30} in English is a decimal or a time); empty when it is no number in that language
 *                   (a Danish decimal comma left in English)
 * @param danishKeys what it would mean read as Danish (English mentions only): pairs a Danish-notation slip with the
 *                   source number it garbled
 * @param optional   a number written as a word ({@code to}, {@code two}, {@code second}): it may match, it need not
 * @param reading    how a reader of its language reads it, in English words
 * @param otherForm  how to write it in the other language ({@code 19,667} for Danish {@code 19.667}, and back)
 * @param mantissa   the written number before a scale word ({@code 2.3} in {@code 2.3 million}); null for dates, times
 * @param scale      the scale word's factor ({@code 1000000}); null if none
 * @param counted    a Danish count in words ({@code tre personer}, {@code tredje kvartal}): optional as a word, but the
 *                   English must still carry it, as a word, in digits or as an idiom ({@code twice}, {@code a decade})
 */
record NumberMention(int start, int end, String surface, Set<String> keys, Set<String> danishKeys, boolean optional,
        String reading, String otherForm, java.math.BigDecimal mantissa, java.math.BigDecimal scale, boolean counted) {

    NumberMention(int start, int end, String surface, Set<String> keys, Set<String> danishKeys, boolean optional,
            String reading, String otherForm, java.math.BigDecimal mantissa, java.math.BigDecimal scale) {
        this(start, end, surface, keys, danishKeys, optional, reading, otherForm, mantissa, scale, false);
    }

    NumberMention withKey(String key) {
        Set<String> more = new LinkedHashSet<>(keys);
        more.add(key);
        return new NumberMention(start, end, surface, Set.copyOf(more), danishKeys, optional, reading, otherForm,
                mantissa, scale, counted);
    }

    NumberMention asCounted() {
        return new NumberMention(start, end, surface, keys, danishKeys, optional, reading, otherForm, mantissa, scale,
                true);
    }

    /** Whether the other text must have it: written in digits, large or scaled, or a Danish count. */
    boolean needed() {
        return !optional || counted;
    }
}
