package dev.tolk.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Danish names and their accepted English forms, from {@code fidelity/exonyms.tsv}. */
final class Exonyms {

    static final String RESOURCE = "fidelity/exonyms.tsv";

    /**
     * A table name and the pattern it is found by in Danish: whole word, optionally in the genitive (Israels, FN's,
     * Hamas'). {@code loose}: derived from a compound, so an English form may also begin a longer word
     * ({@code Europaparlamentet} needs Europe, found in "European").
     */
    record Entry(String danish, List<String> english, List<String> adjectives, Pattern pattern, boolean loose) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, List<String>> suffixes = new LinkedHashMap<>();

    private Exonyms(List<Entry> entries, Map<String, List<String>> suffixes) {
        this.entries = entries;
        entries.forEach(e -> byName.put(e.danish(), e));
        this.suffixes.putAll(suffixes);
    }

    static Exonyms load() {
        try (InputStream in = Exonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Exonyms parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Map<String, List<String>> suffixes = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols.length > 3) {
                throw new IllegalArgumentException("exonyms: expected Danish<TAB>English|English[<TAB>adjectives], got: "
                        + line);
            }
            List<String> forms = List.of(cols[1].split("\\|"));
            List<String> adjectives = cols.length == 3 ? List.of(cols[2].split("\\|")) : List.of();
            if (cols[0].startsWith("*")) {
                suffixes.put(cols[0].substring(1).toLowerCase(Locale.ROOT), forms);
            } else {
                entries.add(new Entry(cols[0], forms, adjectives, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(cols[0])
                        + "(?:s|'s|’s|'|’)?(?![\\p{L}\\p{N}])"), false));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.danish().length()).reversed());
        return new Exonyms(List.copyOf(entries), suffixes);
    }

    /** Longest first, so "Det Hvide Hus" is taken before a shorter name inside it. */
    List<Entry> entries() {
        return entries;
    }

    Entry get(String danish) {
        return byName.get(danish);
    }

    /**
     * A compound the table does not list but can still place: a table name plus a lower-case rest
     * ({@code Gazakrigen} needs Gaza) or an institution suffix ({@code Forsvarsministeriet} needs Ministry).
     */
    Entry compound(String token) {
        for (Entry e : entries) {
            String rest = token.startsWith(e.danish()) ? token.substring(e.danish().length()) : null;
            if (e.danish().length() >= 4 && rest != null && rest.length() >= 3 && rest.chars().allMatch(Character::isLowerCase)
                    && !e.danish().contains(" ")) {
                return new Entry(e.danish(), e.english(), e.adjectives(), null, true);
            }
        }
        String lower = token.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> s : suffixes.entrySet()) {
            if (lower.endsWith(s.getKey()) && lower.length() > s.getKey().length()) {
                return new Entry(token, s.getValue(), List.of(), null, true);
            }
        }
        return null;
    }
}
