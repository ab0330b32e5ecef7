package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import dev.tolk.fidelity.NumberMention.Need;
import dev.tolk.fidelity.NumberMention.Span;
import dev.tolk.fidelity.NumberMention.Wording;

/**
 * English number words: {@code two}, {@code twenty-five}, {@code half a million}, ordinals ({@code third},
 * {@code twenty-first}), idioms ({@code twice}, {@code a decade}), {@code noon}, "minus five", "five below zero".
 * Every one is optional unless large or scaled: an English word may match the Danish, it need not. The preposition
 * "to" is never a number.
 */
final class EnglishWords implements Notation.Words {

    static final EnglishWords WORDS = new EnglishWords();

    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60), Map.entry("seventieth", 70),
            Map.entry("eightieth", 80), Map.entry("ninetieth", 90), Map.entry("hundredth", 100),
            Map.entry("thousandth", 1000), Map.entry("millionth", 1000000));
    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** Noon and midnight are times of day; they may match a Danish kl. 12 or kl. 24, they need not. */
    private static final Map<String, Set<NumberKey>> CLOCK_WORDS = Map.of(
            "noon", Set.of(NumberKey.time(12, 0)), "midday", Set.of(NumberKey.time(12, 0)),
            "midnight", Set.of(NumberKey.time(0, 0), NumberKey.time(24, 0)));
    /** Words that are numbers in English news idiom: twice is two times, a decade ten years. */
    private static final Map<String, Integer> IDIOMS = Map.of("twice", 2, "couple", 2, "pair", 2, "decade", 10,
            "thrice", 3);
    /**
     * Decades in words: "the eighties" is the 1980s (Danish {@code 1980'erne}, {@code 80'erne}) or, of an age, the
     * eighties of a life; each reading is accepted (the word is optional, so it can only quiet a warning, never raise one).
     */
    private static final Map<String, Integer> DECADES = Map.of("twenties", 20, "thirties", 30, "forties", 40,
            "fifties", 50, "sixties", 60, "seventies", 70, "eighties", 80, "nineties", 90);
    /**
     * Fractions by their denominator: "two-thirds" renders {@code to ud af tre}, "a quarter" {@code hver fjerde}. A
     * singular "quarter" only after "a" or "one": alone it is mostly a period of the year ("third quarter").
     */
    private static final Map<String, Integer> FRACTIONS = Map.of("thirds", 3, "quarters", 4, "fourths", 4, "fifths", 5,
            "sixths", 6, "eighths", 8, "tenths", 10, "quarter", 4);
    private static final List<Notation.Multiplier> MULTIPLIERS = List.of(
            new Notation.Multiplier(List.of("half", "a"), new BigDecimal("0.5"), true),
            new Notation.Multiplier(List.of("one", "and", "a", "half"), new BigDecimal("1.5"), true));

    private EnglishWords() {
    }

    @Override
    public boolean asciiOnly() {
        return true;
    }

    @Override
    public boolean hyphenJoins() {
        return true;
    }

    @Override
    public Integer cardinal(String word) {
        return CARDINALS.get(word);
    }

    @Override
    public boolean ambiguous(String word) {
        return false;
    }

    @Override
    public Scale scale(String w) {
        return NumberPatterns.ENGLISH_SCALES.contains(w) ? Scale.english(w) : null;
    }

    @Override
    public boolean abbreviation(String word) {
        return false;
    }

    @Override
    public boolean article(String word) {
        return "a".equals(word) || "an".equals(word);
    }

    @Override
    public String and() {
        return "and";
    }

    @Override
    public List<Notation.Multiplier> multipliers() {
        return MULTIPLIERS;
    }

    /** An ordinal ({@code third}, {@code twenty-first}), an idiom ({@code twice}), a clock word, a dozen. */
    @Override
    public int readOwnForm(WordPhrases p, int i) {
        String w = p.word(i);
        Integer ordinal = ORDINALS.get(w);
        if (ordinal != null) {
            return ordinal(p, i, i, ordinal);
        }
        String next = p.joinedWord(i + 1);
        if (TENS.contains(w) && ORDINALS.containsKey(next)) {
            return ordinal(p, i, i + 1, CARDINALS.get(w) + ORDINALS.get(next));
        }
        Integer idiom = IDIOMS.get(w);
        if (idiom != null) {
            BigDecimal v = BigDecimal.valueOf(idiom);
            p.scan.add(NumberMention.amount(p.span(i, i), Quantity.of(v), Need.OPTIONAL,
                    new Wording(NumberWords.spell(v), NumberWords.spell(v))).sameInDanish());
            return 1;
        }
        Set<NumberKey> clock = CLOCK_WORDS.get(w);
        if (clock != null) {
            p.scan.add(NumberMention.of(p.span(i, i), clock, new Wording(w, "kl. 12")).withNeed(Need.OPTIONAL)
                    .sameInDanish());
            return 1;
        }
        Integer decade = DECADES.get(w);
        if (decade != null) {
            return optional(p, i, List.of(decade, 1900 + decade, 2000 + decade));
        }
        Integer denominator = FRACTIONS.get(w);
        if (denominator != null && (!"quarter".equals(w) || Set.of("a", "one").contains(p.wordBefore(i)))) {
            return optional(p, i, List.of(denominator));
        }
        if ("dozen".equals(w)) {
            BigDecimal v = BigDecimal.valueOf(12);
            p.scan.add(NumberMention.amount(p.span(i, i), Quantity.of(v), Need.OPTIONAL,
                    new Wording(NumberWords.spell(v), "12")));
            return 1;
        }
        return 0;
    }

    /** An optional word that may stand for any of {@code values} (the first is how the warnings say it). */
    private static int optional(WordPhrases p, int i, List<Integer> values) {
        BigDecimal v = BigDecimal.valueOf(values.get(0));
        NumberMention m = NumberMention.amount(p.span(i, i), Quantity.of(v), Need.OPTIONAL,
                new Wording(NumberWords.spell(v), v.toPlainString()));
        for (int more : values.subList(1, values.size())) {
            m = m.withKey(NumberKey.amount(more));
        }
        p.scan.add(m.sameInDanish());
        return 1;
    }

    private static int ordinal(WordPhrases p, int from, int to, int value) {
        BigDecimal v = BigDecimal.valueOf(value);
        Span span = p.span(from, to);
        NumberMention m = NumberMention.amount(span, Quantity.of(v), Need.OPTIONAL,
                new Wording(NumberWords.spell(v), value + ".")).sameInDanish();
        boolean century = EnglishNumbers.CENTURY.matcher(p.text).region(span.end(), p.text.length()).lookingAt();
        p.scan.add(century ? m.withKey(NumberKey.century(value)) : m);
        return to - from + 1;
    }

    /** "minus five degrees", "five degrees below zero": a temperature in words. */
    @Override
    public NumberMention finish(WordPhrases p, int i, int used, NumberMention m) {
        Scan scan = p.scan;
        int start = m.start();
        int end = m.end();
        int minus = scan.minusBefore(start);
        Matcher below = EnglishNumbers.BELOW_ZERO.matcher(scan.current());
        below.region(end, scan.length()).useTransparentBounds(true);
        if (minus >= 0) {
            start = minus;
        } else if (below.lookingAt()) {
            end = below.end();
        } else {
            return m;
        }
        Quantity q = m.quantity().negate();
        return NumberMention.amount(Span.of(scan.original, start, end), q, m.need(),
                new Wording("minus " + m.reading(), m.otherForm())).sameInDanish();
    }
}
