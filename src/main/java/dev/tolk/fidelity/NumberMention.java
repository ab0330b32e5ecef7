package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A number as written in a text, with every value it may stand for. Built by the factories below and adjusted with
 * the {@code with...} methods; only {@link NumberReader}, whose digits may mean nothing in their own language and
 * something in Danish, sets every part at once.
 *
 * @param span          where it is and how it is written ({@code 19.667}, {@code 2,3 millioner}, {@code kl. 14.30})
 * @param means         what it means read in its own language; more than one when ambiguous ({@code 14.30} in English
 *                      is a decimal or a time); empty when it is no number in that language (a Danish decimal comma
 *                      left in English)
 * @param need          whether the other text must carry it
 * @param quantity      the number and its scale word; null for dates and times
 * @param wording       how it reads and how the other language writes it, for the warnings
 * @param meansInDanish what it would mean read as Danish (English mentions only): pairs a Danish-notation slip with
 *                      the source number it garbled
 */
record NumberMention(Span span, Set<NumberKey> means, Need need, Quantity quantity, Wording wording,
        Set<NumberKey> meansInDanish) {

    /** Where a mention is in the text it was read from, and how it is written there. */
    record Span(int start, int end, String surface) {
        static Span of(String text, int start, int end) {
            return new Span(start, end, text.substring(start, end).strip());
        }
    }

    /** How a reader of its language reads it (in English words), and how the other language writes it. */
    record Wording(String reading, String otherForm) {
    }

    /** Whether the other text must carry a mention. */
    enum Need {
        /** Written in digits, large or scaled: it must be there. */
        REQUIRED,
        /** A number word ({@code to}, {@code two}, {@code second}): it may match, it need not ("a day or two"). */
        OPTIONAL,
        /**
         * A Danish count in words ({@code tre personer}, {@code tredje kvartal}): optional as a word, but the English
         * must still carry it, as a word, in digits or as an idiom ({@code twice}, {@code a decade}).
         */
        COUNTED
    }

    NumberMention {
        means = Set.copyOf(means);
        meansInDanish = Set.copyOf(meansInDanish);
    }

    /** A date or time: required, no quantity. */
    static NumberMention of(Span span, Set<NumberKey> means, Wording wording) {
        return new NumberMention(span, means, Need.REQUIRED, null, wording, Set.of());
    }

    /** A quantity that means its value. */
    static NumberMention amount(Span span, Quantity quantity, Need need, Wording wording) {
        return new NumberMention(span, Set.of(quantity.key()), need, quantity, wording, Set.of());
    }

    /** A plain number: spelled out for the reading, in digits for the other form ({@code 1/3}'s parts, {@code IV}). */
    static NumberMention plain(Span span, BigDecimal value, Need need) {
        return amount(span, Quantity.of(value), need, new Wording(NumberWords.spell(value), value.toPlainString()));
    }

    NumberMention withKey(NumberKey key) {
        Set<NumberKey> more = new LinkedHashSet<>(means);
        more.add(key);
        return new NumberMention(span, more, need, quantity, wording, meansInDanish);
    }

    NumberMention withNeed(Need newNeed) {
        return new NumberMention(span, means, newNeed, quantity, wording, meansInDanish);
    }

    /** The same mention, with what it would mean to a reader of Danish. */
    NumberMention readAsDanish(Set<NumberKey> danish) {
        return new NumberMention(span, means, need, quantity, wording, danish);
    }

    /** The same mention, read as Danish the way it reads in its own language. */
    NumberMention sameInDanish() {
        return readAsDanish(means);
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }

    String surface() {
        return span.surface();
    }

    String reading() {
        return wording.reading();
    }

    String otherForm() {
        return wording.otherForm();
    }

    BigDecimal mantissa() {
        return quantity == null ? null : quantity.mantissa();
    }

    Scale scale() {
        return quantity == null ? null : quantity.scale();
    }

    /** A number word: it may match, it need not (a counted one must still be carried somehow). */
    boolean optional() {
        return need != Need.REQUIRED;
    }

    /** Whether the other text must have it: written in digits, large or scaled, or a Danish count. */
    boolean needed() {
        return need != Need.OPTIONAL;
    }

    /** The first day of a month this mention may be ({@code 3. marts}), or null. */
    NumberKey.DayOfMonth day() {
        for (NumberKey k : means) {
            if (k instanceof NumberKey.DayOfMonth d) {
                return d;
            }
        }
        return null;
    }

    /** The short forms of {@link #means} ({@code n:19667}), for tests and debugging. */
    Set<String> keys() {
        return shortForms(means);
    }

    /** The short forms of {@link #meansInDanish}, for tests and debugging. */
    Set<String> danishKeys() {
        return shortForms(meansInDanish);
    }

    private static Set<String> shortForms(Set<NumberKey> keys) {
        return keys.stream().map(NumberKey::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
