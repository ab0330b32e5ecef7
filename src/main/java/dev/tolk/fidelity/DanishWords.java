package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tolk.fidelity.NumberMention.Need;
import dev.tolk.fidelity.NumberMention.Span;
import dev.tolk.fidelity.NumberMention.Wording;

/**
 * Danish number words: {@code to}, {@code femogtyve}, {@code to millioner}, {@code halvanden milliard},
 * {@code et dusin}, ordinals ({@code tredje kvartal}). Which of them the English must carry is decided here: a count
 * from two up, an ordinal of a period or a round.
 */
final class DanishWords implements Notation.Words {

    static final DanishWords WORDS = new DanishWords();

    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("nul", 0), Map.entry("én", 1), Map.entry("ét", 1), Map.entry("to", 2), Map.entry("tre", 3),
            Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("syv", 7), Map.entry("otte", 8),
            Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11), Map.entry("tolv", 12),
            Map.entry("tretten", 13), Map.entry("fjorten", 14), Map.entry("femten", 15), Map.entry("seksten", 16),
            Map.entry("sytten", 17), Map.entry("atten", 18), Map.entry("nitten", 19), Map.entry("tyve", 20),
            Map.entry("tredive", 30), Map.entry("fyrre", 40), Map.entry("fyrretyve", 40), Map.entry("halvtreds", 50),
            Map.entry("halvtredsindstyve", 50), Map.entry("tres", 60), Map.entry("tresindstyve", 60),
            Map.entry("halvfjerds", 70), Map.entry("halvfjerdsindstyve", 70), Map.entry("firs", 80),
            Map.entry("firsindstyve", 80), Map.entry("halvfems", 90), Map.entry("halvfemsindstyve", 90));
    private static final Map<String, Integer> UNITS_IN_COMPOUNDS = Map.of("en", 1, "et", 1, "to", 2, "tre", 3, "fire", 4,
            "fem", 5, "seks", 6, "syv", 7, "otte", 8, "ni", 9);
    private static final Pattern COMPOUND = Pattern.compile(
            "(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("første", 1), Map.entry("anden", 2), Map.entry("andet", 2), Map.entry("tredje", 3),
            Map.entry("fjerde", 4), Map.entry("femte", 5), Map.entry("sjette", 6), Map.entry("syvende", 7),
            Map.entry("ottende", 8), Map.entry("niende", 9), Map.entry("tiende", 10), Map.entry("ellevte", 11),
            Map.entry("tolvte", 12), Map.entry("trettende", 13), Map.entry("fjortende", 14), Map.entry("femtende", 15),
            Map.entry("sekstende", 16), Map.entry("syttende", 17), Map.entry("attende", 18), Map.entry("nittende", 19),
            Map.entry("tyvende", 20), Map.entry("tredivte", 30));
    private static final List<Notation.Multiplier> MULTIPLIERS = List.of(
            new Notation.Multiplier(List.of("en", "halv"), new BigDecimal("0.5"), false),
            new Notation.Multiplier(List.of("et", "halv"), new BigDecimal("0.5"), false),
            new Notation.Multiplier(List.of("halvanden"), new BigDecimal("1.5"), false),
            new Notation.Multiplier(List.of("halvandet"), new BigDecimal("1.5"), false));

    /** Cardinal words that are also other words when they stand alone: {@code tyve} (thieves), {@code fyrre} (pine). */
    private static final Set<String> AMBIGUOUS = Set.of("tyve", "fyrre");
    private static final Set<String> QUANTIFIERS = Set.of("over", "under", "omkring", "cirka", "ca", "knap", "godt",
            "mindst", "højst", "næsten", "mellem", "blot", "kun", "hele", "op", "ud");
    private static final Set<String> UNITS = Set.of("år", "dage", "døgn", "uger", "måneder", "timer", "minutter",
            "sekunder", "procent", "kroner", "personer", "mennesker", "biler", "huse", "meter", "kilometer", "gange");
    private static final Set<String> ORDINAL_NOUNS = Set.of("kvartal", "halvår", "halvleg", "runde", "plads",
            "division", "etape", "sæt", "gang", "verdenskrig", "omgang", "periode", "forsøg", "behandling");

    private DanishWords() {
    }

    @Override
    public boolean asciiOnly() {
        return false;
    }

    @Override
    public boolean hyphenJoins() {
        return false;
    }

    @Override
    public Integer cardinal(String w) {
        Integer v = CARDINALS.get(w);
        if (v != null || w.length() < 7 || w.indexOf("og") < 0) {
            return v; // the shortest compound is "enogtyve"
        }
        Matcher c = COMPOUND.matcher(w);
        return c.matches() ? UNITS_IN_COMPOUNDS.get(c.group(1)) + CARDINALS.get(c.group(2)) : null;
    }

    @Override
    public boolean ambiguous(String word) {
        return AMBIGUOUS.contains(word);
    }

    @Override
    public Scale scale(String w) {
        return switch (w) {
            case "hundrede", "tusind", "tusinde", "million", "millioner", "mio", "milliard", "milliarder", "mia",
                    "billion", "billioner" -> Scale.danish(w);
            default -> null;
        };
    }

    @Override
    public boolean abbreviation(String word) {
        return "mio".equals(word) || "mia".equals(word);
    }

    @Override
    public boolean article(String word) {
        return "en".equals(word) || "et".equals(word);
    }

    @Override
    public String and() {
        return "og";
    }

    @Override
    public List<Notation.Multiplier> multipliers() {
        return MULTIPLIERS;
    }

    /** An ordinal ({@code tredje}) or a dozen ({@code et dusin}). */
    @Override
    public int readOwnForm(WordPhrases p, int i) {
        String first = p.word(i);
        Integer ordinal = ORDINALS.get(first);
        if (ordinal != null) {
            BigDecimal v = BigDecimal.valueOf(ordinal);
            String spelled = NumberWords.spell(v);
            NumberMention m = NumberMention.amount(p.span(i, i), Quantity.of(v), Need.OPTIONAL,
                    new Wording(spelled, spelled));
            p.scan.add(countedOrdinal(p, i) ? m.withNeed(Need.COUNTED) : m);
            return 1;
        }
        if (article(first) && "dusin".equals(p.joinedWord(i + 1))) {
            Span span = p.span(i, i + 1);
            p.scan.add(NumberMention.amount(span, Quantity.of(BigDecimal.valueOf(12)), Need.COUNTED,
                    new Wording("a dozen", "et dusin")));
            return 2;
        }
        return 0;
    }

    @Override
    public NumberMention finish(WordPhrases p, int i, int used, NumberMention m) {
        return m.optional() && counts(m, p, i, used) ? m.withNeed(Need.COUNTED) : m;
    }

    /**
     * A Danish number word the English must carry: a cardinal from two up ({@code tre personer}); one ({@code én}) is
     * too often "a" or left out. {@code tyve} and {@code fyrre} are also "thieves" and "pine": counted only after a
     * word of quantity ({@code over tyve}) or before a unit ({@code tyve år}).
     */
    private static boolean counts(NumberMention m, WordPhrases p, int i, int used) {
        if (m.mantissa() == null || m.mantissa().compareTo(BigDecimal.valueOf(2)) < 0 || m.scale() != null) {
            return false;
        }
        if (used == 1 && AMBIGUOUS.contains(p.word(i))) {
            return QUANTIFIERS.contains(p.wordBefore(i)) || UNITS.contains(p.joinedWord(i + 1));
        }
        return true;
    }

    /**
     * An ordinal the English must carry: before a period, a place or a round ({@code tredje kvartal}, {@code første
     * halvår}, {@code anden gang}) or after {@code hver} ({@code hver fjerde}). Elsewhere {@code anden} and
     * {@code andet} are mostly "other" and {@code første} "initial" or "for now".
     */
    private static boolean countedOrdinal(WordPhrases p, int i) {
        return "hver".equals(p.wordBefore(i)) || ORDINAL_NOUNS.contains(p.joinedWord(i + 1));
    }
}
