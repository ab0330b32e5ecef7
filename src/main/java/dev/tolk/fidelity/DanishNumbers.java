package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a Danish text: thousands dots ({@code 19.667}), decimal commas ({@code 2,3}), scale words
 * ({@code mio.}, {@code mia.} = billion, {@code tusind}), dates ({@code 7. oktober}, {@code 7/10-2023}), times
 * ({@code kl. 14.30}), signs ({@code -3 grader}) and numbers written as words ({@code to}, {@code femogtyve},
 * {@code to millioner}). Agency credits ({@code /ritzau/Reuters}) are skipped.
 */
final class DanishNumbers {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

    /** {@code 7. oktober}, {@code 7. okt.}, {@code 7 oktober}. */
    private static final Pattern DATE = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.?\\s?" + MONTH + "\\.?(?![\\p{L}])", CI);
    /** {@code 7.10.2023}. */
    private static final Pattern DOTTED_DATE = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![0-9])");
    /** {@code 7/10}, {@code 7/10-2023}, {@code 7/10 2023}; also a fraction ({@code 1/3}). */
    static final Pattern SLASH_DATE = Pattern.compile("(?<![0-9.,/])(\\d{1,2})/(\\d{1,2})(?:[-/.](\\d{4}|\\d{2}))?(?![0-9/])");
    static final Pattern ISO_DATE = Pattern.compile("(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");
    /** {@code kl. 14.30}, {@code klokken 9}, {@code kl. 14.30-16}. */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\p{L}])(?:kl\\.?|klokken)\\s*(\\d{1,2})(?:[.:](\\d{2}))?"
            + "(?![0-9])(?:\\s*[-–]\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![0-9]))?", CI);
    /** A bare {@code 14.30}: Danish groups thousands in threes, so two digits after a dot are minutes. */
    private static final Pattern BARE_TIME = Pattern.compile("(?<![0-9.,])(\\d{1,2})[.:](\\d{2})(?![0-9]|[.,][0-9])");
    /** A run of digits with separators between them (the separators are interpreted afterwards). */
    static final Pattern RUN = Pattern.compile(
            "(?<![0-9])[0-9](?:[0-9]|[.,](?=[0-9])|[\\u00A0\\u202F\\u2009](?=[0-9]{3}(?![0-9])))*");
    private static final Pattern SCALE = Pattern.compile(
            "(?:,-)?\\s*(tusinde?|hundrede|mio\\.?|mill\\.|millioner|million|mia\\.?|milliarder|milliard|billioner|billion)"
                    + "(?![\\p{L}])", CI);
    static final Pattern RANGE_LINK = Pattern.compile("\\.?\\s*(?:-|–|—|til|to|og|and|or|eller)\\s*", CI);

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

    private DanishNumbers() {
    }

    static List<NumberMention> find(String text) {
        Scan scan = new Scan(text);
        scan.blankCredits();
        if (scan.hasDigit()) {
            if (scan.mentionsMonth()) {
                monthDates(scan);
            }
            if (scan.digitsAround('.')) {
                dottedDates(scan);
            }
            if (scan.digitsAround('/')) {
                slashDates(scan);
            }
            if (scan.digitsAround('-')) {
                isoDates(scan);
            }
            if (scan.mentions("kl")) {
                clockTimes(scan);
            }
            if (scan.digitsAround('.') || scan.digitsAround(':')) {
                bareTimes(scan);
            }
            quantities(scan);
        }
        words(scan);
        if (NumberPatterns.mayHaveRoman(text)) {
            romanNumerals(scan);
        }
        return linkRanges(scan.original, scan.mentions());
    }

    private static final Pattern ROMAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?=[IVX]{2,6}(?![\\p{L}\\p{N}])|[XV](?![\\p{L}\\p{N}]))(X{0,3})(IX|IV|VI{0,3}|I{0,3})(?![\\p{L}\\p{N}])");

    /**
     * Roman numerals of kings, popes and wars ({@code Christian IV}, {@code World War II}): optional, since the other
     * language may write them as digits ({@code Frederik 10.}) or words ({@code Second World War}). A lone I is the
     * English pronoun and is left alone.
     */
    static void romanNumerals(Scan scan) {
        Matcher m = scan.matcher(ROMAN);
        while (m.find()) {
            int value = 10 * m.group(1).length() + switch (m.group(2)) {
                case "IX" -> 9;
                case "IV" -> 4;
                default -> m.group(2).startsWith("V") ? 5 + m.group(2).length() - 1 : m.group(2).length();
            };
            if (value >= 2) {
                BigDecimal v = BigDecimal.valueOf(value);
                scan.add(new NumberMention(m.start(), m.end(), m.group(), Set.of(NumberKeys.num(v)),
                        Set.of(NumberKeys.num(v)), true, NumberWords.spell(v), String.valueOf(value), v, null));
            }
        }
    }

    private static void monthDates(Scan scan) {
        Matcher m = scan.matcher(DATE);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = NumberWords.danishMonth(m.group(2));
            if (NumberKeys.validDate(day, month)) {
                // the dot after a full month name ends the sentence; after an abbreviation (okt.) it is the abbreviation's
                int end = m.group().endsWith(".") && m.group(2).length() > 4 ? m.end() - 1 : m.end();
                scan.add(date(scan, m.start(), end, day, month));
            }
        }
    }

    private static NumberMention date(Scan scan, int start, int end, int day, int month) {
        return new NumberMention(start, end, scan.original.substring(start, end).strip(),
                Set.of(NumberKeys.date(day, month)), Set.of(), false, NumberWords.englishDate(day, month),
                NumberWords.englishDate(day, month), null, null);
    }

    private static NumberMention year(Scan scan, int start, int end) {
        String digits = scan.original.substring(start, end);
        int y = Integer.parseInt(digits);
        Set<String> keys = digits.length() == 2 ? Set.of(NumberKeys.num(2000 + y), NumberKeys.num(y))
                : Set.of(NumberKeys.num(y));
        BigDecimal v = BigDecimal.valueOf(y);
        return new NumberMention(start, end, digits, keys, Set.of(), false, NumberWords.spell(v), digits, v, null);
    }

    private static void dottedDates(Scan scan) {
        Matcher m = scan.matcher(DOTTED_DATE);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (NumberKeys.validDate(day, month)) {
                scan.add(date(scan, m.start(), m.end(2), day, month));
                scan.add(year(scan, m.start(3), m.end(3)));
            }
        }
    }

    /** Danish {@code 7/10} is day then month; as a fraction ({@code 1/3}) its parts may also be read alone. */
    static void slashDates(Scan scan) {
        Matcher m = scan.matcher(SLASH_DATE);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            Set<String> keys = new java.util.LinkedHashSet<>();
            if (NumberKeys.validDate(a, b)) {
                keys.add(NumberKeys.date(a, b));
            }
            if (NumberKeys.validDate(b, a)) {
                keys.add(NumberKeys.date(b, a));
            }
            if (m.group(3) == null) {
                keys.add(NumberKeys.num(a));
                keys.add(NumberKeys.num(b));
            }
            if (keys.isEmpty()) {
                continue;
            }
            String surface = scan.original.substring(m.start(), m.end(2));
            String reading = NumberKeys.validDate(a, b) ? NumberWords.englishDate(a, b) + " (or " + a + "/" + b + ")"
                    : a + "/" + b;
            scan.add(new NumberMention(m.start(), m.end(2), surface, Set.copyOf(keys), Set.of(), false, reading,
                    surface, null, null));
            if (m.group(3) != null) {
                scan.add(year(scan, m.start(3), m.end(3)));
            }
        }
    }

    static void isoDates(Scan scan) {
        Matcher m = scan.matcher(ISO_DATE);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (NumberKeys.validDate(day, month)) {
                scan.add(year(scan, m.start(1), m.end(1)));
                scan.add(date(scan, m.start(2), m.end(3), day, month));
            }
        }
    }

    private static void clockTimes(Scan scan) {
        Matcher m = scan.matcher(CLOCK);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (!NumberKeys.validTime(hour, minute)) {
                continue;
            }
            int end = m.group(3) == null ? m.end() : (m.group(2) == null ? m.end(1) : m.end(2));
            scan.add(time(scan, m.start(), end, hour, minute));
            if (m.group(3) != null) {
                int h2 = Integer.parseInt(m.group(3));
                int m2 = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                if (NumberKeys.validTime(h2, m2)) {
                    scan.add(time(scan, m.start(3), m.end(), h2, m2));
                }
            }
        }
    }

    /** A time: {@code kl. 9} may be nine in the morning or the evening ({@code kl. 9 i aften}); English says which. */
    private static NumberMention time(Scan scan, int start, int end, int hour, int minute) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(NumberKeys.time(hour, minute));
        if (hour >= 1 && hour <= 11) {
            keys.add(NumberKeys.time(hour + 12, minute));
        }
        String hhmm = hour + ":" + (minute < 10 ? "0" : "") + minute;
        return new NumberMention(start, end, scan.original.substring(start, end).strip(), Set.copyOf(keys), Set.of(),
                false, hhmm, hhmm, null, null);
    }

    private static void bareTimes(Scan scan) {
        Matcher m = scan.matcher(BARE_TIME);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (!NumberKeys.validTime(hour, minute) || scaleAfter(scan, m.end()) != null) {
                continue;
            }
            NumberMention t = time(scan, m.start(), m.end(), hour, minute);
            if (NumberKeys.validDate(hour, minute)) {
                t = t.withKey(NumberKeys.date(hour, minute));
            }
            scan.add(t);
        }
    }

    private static Scale scaleAfter(Scan scan, int end) {
        Matcher s = SCALE.matcher(scan.current());
        s.region(end, scan.length()).useTransparentBounds(true);
        return s.lookingAt() ? Scale.danish(s.group(1)) : null;
    }

    private static void quantities(Scan scan) {
        Matcher m = scan.matcher(RUN);
        while (m.find()) {
            String run = NumberPatterns.THIN_SPACES.matcher(m.group()).replaceAll(".");
            int start = m.start();
            int end = m.end();
            BigDecimal mantissa;
            boolean grouped = false;
            if (NumberPatterns.is(NumberPatterns.DOT_GROUPED, run)) {
                mantissa = new BigDecimal(run.replace(".", "").replace(',', '.'));
                grouped = true;
            } else if (NumberPatterns.is(NumberPatterns.COMMA_DECIMAL_OPT, run)) {
                mantissa = new BigDecimal(run.replace(',', '.'));
            } else if (NumberPatterns.is(NumberPatterns.DOT_DECIMAL, run)) {
                mantissa = new BigDecimal(run); // an English-style decimal in Danish text: take it at its word
            } else {
                splitRun(scan, start, run);
                continue;
            }
            Scale scale = null;
            Matcher s = SCALE.matcher(scan.current());
            s.region(end, scan.length()).useTransparentBounds(true);
            if (s.lookingAt()) {
                scale = Scale.danish(s.group(1));
                end = s.end();
            }
            boolean negative = false;
            if (start > 0 && scan.isNegativeSign(start - 1)) {
                negative = true;
                start = start - 1;
            } else {
                int minus = scan.minusBefore(start);
                if (minus >= 0) {
                    negative = true;
                    start = minus;
                }
            }
            NumberMention q = quantity(scan.original, start, end, negative ? mantissa.negate() : mantissa, scale, grouped,
                    false);
            scan.add(centuryOf(scan, q));
        }
    }

    /** {@code 1800-tallet} is the 19th century; {@code det 19. århundrede} too. */
    private static NumberMention centuryOf(Scan scan, NumberMention q) {
        String s = q.surface();
        if (s.length() == 4 && s.endsWith("00") && scan.original.startsWith("-tallet", q.end())) {
            return q.withKey(NumberKeys.century(Integer.parseInt(s.substring(0, 2)) + 1));
        }
        if (s.length() <= 2 && scan.original.startsWith(". århundrede", q.end())) {
            return q.withKey(NumberKeys.century(Integer.parseInt(s)));
        }
        return q;
    }

    /** Digits whose separators make no Danish number ({@code 1,2,3}): each group on its own. */
    static void splitRun(Scan scan, int start, String run) {
        Matcher d = NumberPatterns.DIGITS.matcher(run);
        while (d.find()) {
            BigDecimal v = new BigDecimal(d.group());
            scan.add(new NumberMention(start + d.start(), start + d.end(), d.group(), Set.of(NumberKeys.num(v)),
                    Set.of(NumberKeys.num(v)), false, NumberWords.spell(v), d.group(), v, null));
        }
    }

    private static NumberMention quantity(String original, int start, int end, BigDecimal mantissa, Scale scale,
            boolean grouped, boolean optional) {
        BigDecimal value = scale == null ? mantissa : mantissa.multiply(scale.factor);
        String english = NumberWords.englishDigits(mantissa, grouped) + (scale == null ? "" : " " + scale.english);
        return new NumberMention(start, end, original.substring(start, end).strip(), Set.of(NumberKeys.num(value)),
                Set.of(), optional, NumberWords.spell(mantissa, scale), english, mantissa,
                scale == null ? null : scale.factor);
    }

    /** Numbers written as words: {@code to}, {@code femogtyve}, {@code to millioner}, {@code halvanden milliard}. */
    private static void words(Scan scan) {
        String text = scan.current();
        WordList tokens = new WordList(text, false);
        int i = 0;
        while (i < tokens.size()) {
            int consumed = phrase(scan, text, tokens, i);
            i += Math.max(consumed, 1);
        }
    }

    private static boolean onlySpaceBetween(String text, int[] a, int[] b) {
        return WordList.onlySpaceBetween(text, a, b);
    }

    private static Integer cardinal(String w) {
        Integer v = CARDINALS.get(w);
        if (v != null) {
            return v;
        }
        if (w.length() < 7 || w.indexOf("og") < 0) {
            return null; // the shortest compound is "enogtyve"
        }
        Matcher c = COMPOUND.matcher(w);
        return c.matches() ? UNITS_IN_COMPOUNDS.get(c.group(1)) + CARDINALS.get(c.group(2)) : null;
    }

    /** Reads a number phrase starting at token {@code i}; returns how many tokens it used (0: none here). */
    private static int phrase(Scan scan, String text, WordList tokens, int i) {
        String first = tokens.word(i);
        Integer ordinal = ORDINALS.get(first);
        if (ordinal != null) {
            BigDecimal v = BigDecimal.valueOf(ordinal);
            int[] t = tokens.get(i);
            NumberMention m = new NumberMention(t[0], t[1], text.substring(t[0], t[1]), Set.of(NumberKeys.num(v)),
                    Set.of(), true, NumberWords.spell(v), NumberWords.spell(v), v, null);
            scan.add(countedOrdinal(text, tokens, i) ? m.asCounted() : m);
            return 1;
        }
        if (("et".equals(first) || "en".equals(first)) && i + 1 < tokens.size()
                && "dusin".equals(tokens.word(i + 1)) && onlySpaceBetween(text, tokens.get(i), tokens.get(i + 1))) {
            int[] a = tokens.get(i);
            int[] b = tokens.get(i + 1);
            BigDecimal v = BigDecimal.valueOf(12);
            scan.add(new NumberMention(a[0], b[1], text.substring(a[0], b[1]), Set.of(NumberKeys.num(v)), Set.of(), true,
                    "a dozen", "et dusin", v, null, true));
            return 2;
        }
        WordNumber n = new WordNumber();
        int j = i;
        int used = 0;
        while (j < tokens.size()) {
            if (j > i && !onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            String w = tokens.word(j);
            String next = j + 1 < tokens.size() && onlySpaceBetween(text, tokens.get(j), tokens.get(j + 1))
                    ? tokens.word(j + 1) : "";
            boolean article = "en".equals(w) || "et".equals(w);
            Integer card = cardinal(w);
            Scale scale = scaleWord(w);
            if (article && "halv".equals(next)) {
                n.multiplier(new BigDecimal("0.5"));
                j += 2;
            } else if (article && scaleWord(next) != null) {
                n.multiplier(BigDecimal.ONE);
                j++;
            } else if ("halvanden".equals(w) || "halvandet".equals(w)) {
                n.multiplier(new BigDecimal("1.5"));
                j++;
            } else if (card != null) {
                n.cardinal(card, !AMBIGUOUS.contains(w));
                j++;
            } else if (scale != null) {
                n.scale(scale);
                j++;
            } else if ("og".equals(w) && used > 0 && andJoins(tokens.word(j - 1), cardinal(next))) {
                j++;
                continue;
            } else {
                break;
            }
            used = j - i;
        }
        if (used == 0) {
            return 0;
        }
        int start = tokens.get(i)[0];
        int[] last = tokens.get(i + used - 1);
        int end = last[1];
        if (end < text.length() && text.charAt(end) == '.' && NumberPatterns.is(NumberPatterns.MIO_MIA, text.substring(last[0], last[1]))) {
            end++;
        }
        NumberMention m = n.mention(start, end, scan.original.substring(start, end), false);
        scan.add(counts(m, text, tokens, i, used) ? m.asCounted() : m);
        return used;
    }

    /**
     * A Danish number word the English must carry: a cardinal from two up ({@code tre personer}); one ({@code én}) is
     * too often "a" or left out. {@code tyve} and {@code fyrre} are also "thieves" and "pine": counted only after a
     * word of quantity ({@code over tyve}) or before a unit ({@code tyve år}).
     */
    private static boolean counts(NumberMention m, String text, WordList tokens, int i, int used) {
        if (m.mantissa() == null || m.mantissa().compareTo(BigDecimal.valueOf(2)) < 0 || m.scale() != null) {
            return false;
        }
        String w = tokens.word(i);
        if (used == 1 && AMBIGUOUS.contains(w)) {
            String before = i > 0 && onlySpaceBetween(text, tokens.get(i - 1), tokens.get(i)) ? tokens.word(i - 1)
                    : "";
            String after = i + 1 < tokens.size() && onlySpaceBetween(text, tokens.get(i), tokens.get(i + 1))
                    ? tokens.word(i + 1) : "";
            return QUANTIFIERS.contains(before) || UNITS.contains(after);
        }
        return true;
    }

    /**
     * An ordinal the English must carry: before a period, a place or a round ({@code tredje kvartal}, {@code første
     * halvår}, {@code anden gang}) or after {@code hver} ({@code hver fjerde}). Elsewhere {@code anden} and
     * {@code andet} are mostly "other" and {@code første} "initial" or "for now".
     */
    private static boolean countedOrdinal(String text, WordList tokens, int i) {
        String before = i > 0 && onlySpaceBetween(text, tokens.get(i - 1), tokens.get(i)) ? tokens.word(i - 1)
                : "";
        String after = i + 1 < tokens.size() && onlySpaceBetween(text, tokens.get(i), tokens.get(i + 1))
                ? tokens.word(i + 1) : "";
        return "hver".equals(before) || ORDINAL_NOUNS.contains(after);
    }

    private static final Set<String> QUANTIFIERS = Set.of("over", "under", "omkring", "cirka", "ca", "knap", "godt",
            "mindst", "højst", "næsten", "mellem", "blot", "kun", "hele", "op", "ud");
    private static final Set<String> UNITS = Set.of("år", "dage", "døgn", "uger", "måneder", "timer", "minutter",
            "sekunder", "procent", "kroner", "personer", "mennesker", "biler", "huse", "meter", "kilometer", "gange");
    private static final Set<String> ORDINAL_NOUNS = Set.of("kvartal", "halvår", "halvleg", "runde", "plads",
            "division", "etape", "sæt", "gang", "verdenskrig", "omgang", "periode", "forsøg", "behandling");

    /**
     * "og"/"and" continues a number only after hundred or thousand and before a number below a hundred
     * ({@code hundrede og tyve}, {@code two thousand and five}); elsewhere it joins two numbers of a list.
     */
    static boolean andJoins(String previous, Integer next) {
        return next != null && next < 100 && NumberPatterns.JOINED_BY_AND.contains(previous);
    }

    private static String dateKey(NumberMention m) {
        for (String k : m.keys()) {
            if (k.startsWith("d:")) {
                return k;
            }
        }
        return null;
    }

    private static int month(String dateKey) {
        return Integer.parseInt(dateKey.substring(dateKey.indexOf('.') + 1));
    }

    private static boolean plainDay(NumberMention m) {
        return m.mantissa() != null && m.scale() == null && NumberPatterns.is(NumberPatterns.DAY, m.surface())
                && NumberKeys.validDate(m.mantissa().intValue(), 1);
    }

    /** Cardinal words that are also other words when they stand alone: {@code tyve} (thieves), {@code fyrre} (pine). */
    private static final Set<String> AMBIGUOUS = Set.of("tyve", "fyrre");

    private static Scale scaleWord(String w) {
        if (w.isEmpty()) {
            return null;
        }
        return switch (w) {
            case "hundrede", "tusind", "tusinde", "million", "millioner", "mio", "milliard", "milliarder", "mia", "billion",
                    "billioner" -> Scale.danish(w);
            default -> null;
        };
    }

    /**
     * {@code 2-3 millioner} is two to three million: the first number of a range takes the second's scale as an
     * alternative reading ({@code 2} or {@code 2 000 000}), in either language.
     */
    static List<NumberMention> linkRanges(String text, List<NumberMention> mentions) {
        List<NumberMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            NumberMention a = out.get(i);
            NumberMention b = out.get(i + 1);
            if (a.end() > b.start()) {
                continue;
            }
            String between = text.substring(a.end(), b.start());
            // 1.-3. marts, 1-3 March: the first day takes the month; March 1-3: the second day does
            String day = dateKey(b);
            if (day != null && plainDay(a) && RANGE_LINK.matcher(between).matches()) {
                out.set(i, a.withKey(NumberKeys.date(a.mantissa().intValue(), month(day))));
            }
            day = dateKey(a);
            if (day != null && plainDay(b) && RANGE_LINK.matcher(between).matches()) {
                out.set(i + 1, b.withKey(NumberKeys.date(b.mantissa().intValue(), month(day))));
            }
            // a season or financial year: 2023/24 is 2023/2024
            if (NumberPatterns.is(NumberPatterns.YEAR, a.surface()) && NumberPatterns.is(NumberPatterns.TWO_DIGITS, b.surface())
                    && NumberPatterns.is(NumberPatterns.SEASON_LINK, between)) {
                int full = Integer.parseInt(a.surface()) / 100 * 100 + Integer.parseInt(b.surface());
                out.set(i + 1, out.get(i + 1).withKey(NumberKeys.num(full)));
            }
            if (a.scale() == null && a.mantissa() != null && NumberPatterns.is(NumberPatterns.PLAIN, a.surface()) && b.scale() != null
                    && !b.optional() && a.end() <= b.start()
                    && RANGE_LINK.matcher(text.substring(a.end(), b.start())).matches()) {
                out.set(i, a.withKey(NumberKeys.num(a.mantissa().multiply(b.scale()))));
            }
        }
        return out;
    }
}
