package dev.tolk.fidelity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of an English text the English way: {@code 19,667} is nineteen thousand six hundred and
 * sixty-seven, {@code 19.667} is nineteen point six six seven; dates ({@code 7 October}, {@code October 7th}), times
 * ({@code 14:30}, {@code 2.30 pm}), scale words ({@code 2.3 million}, {@code $3bn}) and numbers in words
 * ({@code two}, {@code twenty-five}, {@code half a million}). Danish notation left in the English ({@code 2,3 million},
 * {@code 1.234.567}, {@code 7. oktober}) is no English number; what it would mean in Danish is kept to explain the slip.
 * The preposition "to" is never a number.
 */
final class EnglishNumbers {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![0-9.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![0-9])(?!\\s*(?:,|\\.)\\d)");
    /** A Danish date left in the English ({@code 7. oktober}). */
    private static final Pattern DANISH_DATE = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.\\s?(januar|februar|marts|april"
            + "|maj|juni|juli|august|september|oktober|november|december|okt)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![0-9.,/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![0-9/])");
    private static final Pattern AM_PM = Pattern.compile(
            "(?<![0-9.,:])(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern OCLOCK = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\s+o['’]clock");
    private static final Pattern COLON_TIME = Pattern.compile("(?<![0-9.,:])(\\d{1,2}):(\\d{2})(?![0-9]|:\\d)");
    private static final Pattern DOT_TIME = Pattern.compile("(?<![0-9.,])(\\d{1,2})\\.(\\d{2})(?![0-9]|[.,][0-9])");
    private static final Pattern NOT_A_TIME_AFTER = Pattern.compile(
            "\\s*(?:%|per\\s?cent|percent|bn|mn|m|k|million|billion|thousand|trillion)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX = Pattern.compile("(?:st|nd|rd|th|'?s)(?![\\p{L}])");
    private static final Pattern ATTACHED_SCALE = Pattern.compile("(bn|mn|mln|tn|m|k)(?![\\p{L}])");
    private static final Pattern SPACED_SCALE = Pattern.compile(
            "(?:\\s?(bn|mn)|[\\s-]+(hundred|thousand|million|billion|trillion))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW_ZERO = Pattern.compile(
            "(?:\\s*(?:°\\s*[CF]?|degrees?(?:\\s+(?:Celsius|centigrade|C))?))?\\s+below\\s+(?:zero|freezing)",
            Pattern.CASE_INSENSITIVE);

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
    /** Noon and midnight are times of day; they may match a Danish kl. 12 or kl. 24, they need not. */
    private static final Map<String, Set<String>> CLOCK_WORDS = Map.of(
            "noon", Set.of(NumberKeys.time(12, 0)), "midday", Set.of(NumberKeys.time(12, 0)),
            "midnight", Set.of(NumberKeys.time(0, 0), NumberKeys.time(24, 0)));
    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");

    private EnglishNumbers() {
    }

    static List<NumberMention> find(String text) {
        Scan scan = new Scan(text);
        scan.blankCredits();
        if (scan.hasDigit()) {
            if (scan.mentionsMonth()) {
                monthDates(scan, DAY_MONTH, 1, 2);
                monthDates(scan, MONTH_DAY, 2, 1);
                danishDates(scan);
            }
            if (scan.digitsAround('/')) {
                numericDates(scan);
            }
            if (scan.digitsAround('-')) {
                DanishNumbers.isoDates(scan);
            }
            if (scan.mentions("am") || scan.mentions("pm") || scan.mentions("a.m") || scan.mentions("p.m")) {
                amPm(scan);
            }
            if (scan.mentions("clock")) {
                oClock(scan);
            }
            if (scan.digitsAround(':')) {
                colonTimes(scan);
            }
            if (scan.digitsAround('.')) {
                dotTimes(scan);
            }
            quantities(scan);
        }
        words(scan);
        if (NumberPatterns.mayHaveRoman(text)) {
            DanishNumbers.romanNumerals(scan);
        }
        return DanishNumbers.linkRanges(scan.original, scan.mentions());
    }

    private static void monthDates(Scan scan, Pattern pattern, int dayGroup, int monthGroup) {
        Matcher m = scan.matcher(pattern);
        while (m.find()) {
            int day = Integer.parseInt(m.group(dayGroup));
            int month = NumberWords.englishMonth(m.group(monthGroup));
            if (NumberKeys.validDate(day, month) && scan.free(m.start(), m.end())) {
                String danish = NumberWords.danishDate(day, month);
                int end = m.group().endsWith(".") && m.group(monthGroup).length() > 4 ? m.end() - 1 : m.end();
                scan.add(new NumberMention(m.start(), end, scan.original.substring(m.start(), end).strip(),
                        Set.of(NumberKeys.date(day, month)), Set.of(NumberKeys.date(day, month)), false,
                        NumberWords.englishDate(day, month), danish, null, null));
            }
        }
    }

    private static void danishDates(Scan scan) {
        Matcher m = scan.matcher(DANISH_DATE);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = NumberWords.danishMonth(m.group(2));
            if (NumberKeys.validDate(day, month)) {
                scan.add(new NumberMention(m.start(), m.end(), m.group(), Set.of(), Set.of(NumberKeys.date(day, month)),
                        false, "no English date (Danish ordinal dot and month name)", m.group(), null, null));
            }
        }
    }

    /** {@code 7/10/2023}: British day first or American month first; both are accepted. */
    private static void numericDates(Scan scan) {
        Matcher m = scan.matcher(NUMERIC_DATE);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            Set<String> keys = new LinkedHashSet<>();
            if (NumberKeys.validDate(a, b)) {
                keys.add(NumberKeys.date(a, b));
            }
            if (NumberKeys.validDate(b, a)) {
                keys.add(NumberKeys.date(b, a));
            }
            if (keys.isEmpty()) {
                continue;
            }
            String surface = scan.original.substring(m.start(), m.end(2));
            scan.add(new NumberMention(m.start(), m.end(2), surface, Set.copyOf(keys), Set.copyOf(keys), false,
                    "the date " + surface, surface, null, null));
            String y = m.group(3);
            int year = Integer.parseInt(y);
            Set<String> yearKeys = y.length() == 2 ? Set.of(NumberKeys.num(2000 + year), NumberKeys.num(year))
                    : Set.of(NumberKeys.num(year));
            BigDecimal v = BigDecimal.valueOf(year);
            scan.add(new NumberMention(m.start(3), m.end(3), y, yearKeys, yearKeys, false, NumberWords.spell(v), y, v,
                    null));
        }
        DanishNumbers.slashDates(scan); // 7/10 without a year: a date either way round, or a fraction
    }

    private static NumberMention time(Scan scan, int start, int end, Set<String> keys, Set<String> danishKeys,
            String reading, String danish) {
        return new NumberMention(start, end, scan.original.substring(start, end).strip(), Set.copyOf(keys),
                Set.copyOf(danishKeys), false, reading, danish, null, null);
    }

    private static String hhmm(int hour, int minute) {
        return hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    private static void amPm(Scan scan) {
        Matcher m = scan.matcher(AM_PM);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12 || minute > 59) {
                continue;
            }
            boolean pm = m.group(3).equalsIgnoreCase("p");
            int h24 = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            String key = NumberKeys.time(h24, minute);
            scan.add(time(scan, m.start(), m.end(), Set.of(key), Set.of(key), hhmm(h24, minute),
                    "kl. " + h24 + "." + (minute < 10 ? "0" : "") + minute));
        }
    }

    private static void oClock(Scan scan) {
        Matcher m = scan.matcher(OCLOCK);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                continue;
            }
            Set<String> keys = Set.of(NumberKeys.time(hour, 0), NumberKeys.time(hour == 12 ? 0 : hour + 12, 0));
            scan.add(time(scan, m.start(), m.end(), keys, keys, hour + " o'clock", "kl. " + hour));
        }
    }

    /** {@code 2:30} without am/pm: half past two at night or in the afternoon. */
    private static Set<String> clockKeys(int hour, int minute) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NumberKeys.time(hour, minute));
        if (hour >= 1 && hour <= 11) {
            keys.add(NumberKeys.time(hour + 12, minute));
        }
        return keys;
    }

    private static void colonTimes(Scan scan) {
        Matcher m = scan.matcher(COLON_TIME);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (NumberKeys.validTime(hour, minute)) {
                Set<String> keys = clockKeys(hour, minute);
                scan.add(time(scan, m.start(), m.end(), keys, keys, hhmm(hour, minute),
                        "kl. " + hour + "." + m.group(2)));
            }
        }
    }

    /** British {@code 14.30} is a time or a decimal; both readings are accepted. */
    private static void dotTimes(Scan scan) {
        Matcher m = scan.matcher(DOT_TIME);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            Matcher after = NOT_A_TIME_AFTER.matcher(scan.current());
            after.region(m.end(), scan.length()).useTransparentBounds(true);
            if (!NumberKeys.validTime(hour, minute) || after.lookingAt() || scan.isNegativeSign(m.start() - 1)) {
                continue;
            }
            Set<String> keys = clockKeys(hour, minute);
            BigDecimal decimal = new BigDecimal(m.group());
            keys.add(NumberKeys.num(decimal));
            scan.add(time(scan, m.start(), m.end(), keys, clockKeys(hour, minute),
                    hhmm(hour, minute) + " or " + NumberWords.spell(decimal), "kl. " + m.group()));
        }
    }

    private static void quantities(Scan scan) {
        Matcher m = scan.matcher(DanishNumbers.RUN);
        while (m.find()) {
            String run = NumberPatterns.THIN_SPACES.matcher(m.group()).replaceAll(",");
            int start = m.start();
            int end = m.end();
            BigDecimal mantissa;
            Set<String> danishKeys = new LinkedHashSet<>();
            boolean grouped = false;
            String notEnglish = null;
            if (NumberPatterns.is(NumberPatterns.COMMA_GROUPED, run)) {
                mantissa = new BigDecimal(run.replace(",", ""));
                grouped = true;
                if (NumberPatterns.is(NumberPatterns.ONE_COMMA_GROUP, run)) {
                    danishKeys.add(NumberKeys.num(new BigDecimal(run.replace(',', '.'))));
                }
            } else if (NumberPatterns.is(NumberPatterns.DOT_DECIMAL_OPT, run)) {
                mantissa = new BigDecimal(run);
                if (NumberPatterns.is(NumberPatterns.DOT_GROUPED_WHOLE, run)) {
                    danishKeys.add(NumberKeys.num(new BigDecimal(run.replace(".", ""))));
                } else if (!run.contains(".")) {
                    danishKeys.add(NumberKeys.num(mantissa));
                }
            } else if (NumberPatterns.is(NumberPatterns.DOT_GROUPED, run)) {
                mantissa = new BigDecimal(run.replace(".", "").replace(',', '.'));
                notEnglish = run.contains(",") ? "Danish thousands dots and decimal comma" : "Danish thousands dots";
            } else if (NumberPatterns.is(NumberPatterns.COMMA_DECIMAL, run)) {
                mantissa = new BigDecimal(run.replace(',', '.'));
                notEnglish = "Danish decimal comma";
            } else {
                DanishNumbers.splitRun(scan, start, run);
                continue;
            }
            Matcher suffix = SUFFIX.matcher(scan.current());
            suffix.region(end, scan.length()).useTransparentBounds(true);
            if (notEnglish == null && suffix.lookingAt()) {
                end = suffix.end();
            }
            Scale scale = null;
            boolean ambiguousScale = false;
            Matcher attached = ATTACHED_SCALE.matcher(scan.current());
            attached.region(end, scan.length()).useTransparentBounds(true);
            Matcher spaced = SPACED_SCALE.matcher(scan.current());
            spaced.region(end, scan.length()).useTransparentBounds(true);
            if (attached.lookingAt()) {
                scale = Scale.english(attached.group(1));
                ambiguousScale = attached.group(1).equals("m") || attached.group(1).equals("k"); // 3m: metres?
                end = attached.end();
            } else if (spaced.lookingAt()) {
                scale = Scale.english(spaced.group(1) != null ? spaced.group(1) : spaced.group(2));
                end = spaced.end();
            }
            boolean negative = false;
            if (start > 0 && scan.isNegativeSign(start - 1)) {
                negative = true;
                start--;
            } else {
                int minus = scan.minusBefore(start);
                if (minus >= 0) {
                    negative = true;
                    start = minus;
                }
            }
            Matcher below = BELOW_ZERO.matcher(scan.current());
            below.region(end, scan.length()).useTransparentBounds(true);
            if (!negative && below.lookingAt()) {
                negative = true;
                end = below.end();
            }
            BigDecimal signed = negative ? mantissa.negate() : mantissa;
            BigDecimal value = scale == null ? signed : signed.multiply(scale.factor);
            Set<String> keys = new LinkedHashSet<>();
            if (notEnglish == null) {
                keys.add(NumberKeys.num(value));
                if (ambiguousScale) {
                    keys.add(NumberKeys.num(signed));
                }
            }
            Set<String> dk = new LinkedHashSet<>();
            if (notEnglish != null) {
                dk.add(NumberKeys.num(value));
            } else {
                for (String k : danishKeys) {
                    BigDecimal d = new BigDecimal(k.substring(2));
                    d = negative ? d.negate() : d;
                    dk.add(NumberKeys.num(scale == null ? d : d.multiply(scale.factor)));
                }
            }
            String reading = notEnglish != null ? "which is no English number (" + notEnglish + ")"
                    : NumberWords.spell(signed, scale);
            String danish = NumberWords.danishDigits(signed, grouped || signed.abs().compareTo(BigDecimal.valueOf(10000)) >= 0
                    && signed.scale() <= 0) + (scale == null ? "" : " " + scale.danishFor(signed.abs()));
            if (notEnglish == null && scale == null && CENTURY.matcher(scan.original).region(end, scan.length())
                    .lookingAt() && NumberPatterns.is(NumberPatterns.NUMERIC_ORDINAL, scan.original.substring(start, end))) {
                keys.add(NumberKeys.century(signed.intValue()));
            }
            scan.add(new NumberMention(start, end, scan.original.substring(start, end).strip(), Set.copyOf(keys),
                    Set.copyOf(dk), false, reading, danish, signed, scale == null ? null : scale.factor));
        }
    }

    /** " century" after an ordinal: the 19th century is the 1800s. */
    private static final Pattern CENTURY = Pattern.compile("[\\s-]+century", Pattern.CASE_INSENSITIVE);
    /** Words that are numbers in English news idiom: twice is two times, a decade ten years. */
    private static final Map<String, Integer> IDIOMS = Map.of("twice", 2, "couple", 2, "pair", 2, "decade", 10,
            "thrice", 3);

    /** Word tokens of a number phrase may be joined by a space or a hyphen ({@code twenty-five}). */
    private static boolean joined(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == '-' || WordList.onlySpaceBetween(text, a, b);
    }

    private static void words(Scan scan) {
        String text = scan.current();
        WordList tokens = new WordList(text, true);
        int i = 0;
        while (i < tokens.size()) {
            i += Math.max(phrase(scan, text, tokens, i), 1);
        }
    }

    private static int phrase(Scan scan, String text, WordList tokens, int i) {
        String first = tokens.word(i);
        Integer ordinal = ORDINALS.get(first);
        if (ordinal != null) {
            return ordinal(scan, text, tokens.get(i), tokens.get(i), ordinal);
        }
        Integer idiom = IDIOMS.get(first);
        if (idiom != null) {
            int[] t = tokens.get(i);
            BigDecimal v = BigDecimal.valueOf(idiom);
            scan.add(new NumberMention(t[0], t[1], text.substring(t[0], t[1]), Set.of(NumberKeys.num(v)),
                    Set.of(NumberKeys.num(v)), true, NumberWords.spell(v), NumberWords.spell(v), v, null));
            return 1;
        }
        WordNumber n = new WordNumber();
        int j = i;
        int used = 0;
        while (j < tokens.size()) {
            if (j > i && !joined(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            String w = tokens.word(j);
            String next = peek(text, tokens, j + 1);
            String after = j + 2 < tokens.size() && joined(text, tokens.get(j + 1), tokens.get(j + 2))
                    ? peek(text, tokens, j + 2) : "";
            boolean article = "a".equals(w) || "an".equals(w);
            Integer card = CARDINALS.get(w);
            Scale scale = "hundred".equals(w) || "thousand".equals(w) || "million".equals(w) || "billion".equals(w)
                    || "trillion".equals(w) ? Scale.english(w) : null;
            if (used == 0 && CLOCK_WORDS.containsKey(w)) {
                int[] t = tokens.get(j);
                Set<String> keys = CLOCK_WORDS.get(w);
                scan.add(new NumberMention(t[0], t[1], text.substring(t[0], t[1]), keys, keys, true, w, "kl. 12", null,
                        null));
                return 1;
            }
            if (TENS.contains(w) && ORDINALS.containsKey(next) && joined(text, tokens.get(j), tokens.get(j + 1))) {
                return ordinal(scan, text, tokens.get(j), tokens.get(j + 1), CARDINALS.get(w) + ORDINALS.get(next));
            }
            if ("half".equals(w) && "a".equals(next) && isScale(after)) {
                n.multiplier(new BigDecimal("0.5")); // half a million
                j += 2;
            } else if ("one".equals(w) && "and".equals(next) && "a".equals(after) && "half".equals(peek(text, tokens, j + 3))
                    && isScale(peek(text, tokens, j + 4))) {
                n.multiplier(new BigDecimal("1.5")); // one and a half million
                j += 4;
            } else if (article && isScale(next) && used == 0) {
                n.multiplier(BigDecimal.ONE);
                j++;
            } else if (card != null) {
                n.cardinal(card, true);
                j++;
            } else if (scale != null) {
                n.scale(scale);
                j++;
            } else if ("dozen".equals(w) && used == 0) {
                n.cardinal(12, false);
                j++;
            } else if ("and".equals(w) && used > 0
                    && DanishNumbers.andJoins(tokens.word(j - 1), CARDINALS.get(next))) {
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
        int end = tokens.get(i + used - 1)[1];
        if (used == 1 && ("a".equals(first) || "an".equals(first))) {
            return 1;
        }
        NumberMention m = n.mention(start, end, scan.original.substring(start, end), true);
        scan.add(belowZero(scan, m));
        return used;
    }

    /** "minus five degrees", "five degrees below zero": a temperature in words. */
    private static NumberMention belowZero(Scan scan, NumberMention m) {
        int start = m.start();
        int end = m.end();
        int minus = scan.minusBefore(start);
        Matcher below = BELOW_ZERO.matcher(scan.current());
        below.region(end, scan.length()).useTransparentBounds(true);
        if (minus >= 0) {
            start = minus;
        } else if (below.lookingAt()) {
            end = below.end();
        } else {
            return m;
        }
        BigDecimal v = m.mantissa().negate();
        BigDecimal value = m.scale() == null ? v : v.multiply(m.scale());
        return new NumberMention(start, end, scan.original.substring(start, end), Set.of(NumberKeys.num(value)),
                Set.of(NumberKeys.num(value)), m.optional(), "minus " + m.reading(), m.otherForm(), v, m.scale());
    }

    private static String peek(String text, WordList tokens, int k) {
        return k < tokens.size() && k > 0 && joined(text, tokens.get(k - 1), tokens.get(k)) ? tokens.word(k)
                : "";
    }

    private static boolean isScale(String w) {
        return NumberPatterns.ENGLISH_SCALES.contains(w);
    }

    private static int ordinal(Scan scan, String text, int[] a, int[] b, int value) {
        BigDecimal v = BigDecimal.valueOf(value);
        Set<String> keys = CENTURY.matcher(text).region(b[1], text.length()).lookingAt()
                ? Set.of(NumberKeys.num(v), NumberKeys.century(value)) : Set.of(NumberKeys.num(v));
        scan.add(new NumberMention(a[0], b[1], scan.original.substring(a[0], b[1]), keys,
                Set.of(NumberKeys.num(v)), true, NumberWords.spell(v), value + ".", v, null));
        return a == b ? 1 : 2;
    }
}
