package dev.tolk.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Danish names and their accepted English forms, from {@code fidelity/exonyms.tsv}. */
final class Exonyms {

    static final String RESOURCE = "fidelity/exonyms.tsv";

    /**
     * Compass prefixes of Danish regional compounds, longest first: {@code Sydøstjylland} is Jutland's south-east,
     * {@code Nordsjællands} North Zealand's.
     */
    private static final List<String> COMPASS = List.of("sydøst", "sydvest", "nordøst", "nordvest", "sønder", "nørre",
            "nord", "syd", "øst", "vest", "midt");

    /**
     * A table name. {@code loose}: derived from a compound, so an English form may also begin a longer word
     * ({@code Europaparlamentet} needs Europe, found in "European"). {@code verbatim}: a Danish name English copy
     * may keep as it is ({@code Folketinget}, {@code Østre Landsret}). {@code stem}: for a compound such as
     * {@code Storstrømsbroen}, the name its suffix rule also needs ({@code Storstrøm}); null otherwise.
     */
    record Entry(String danish, List<String> english, List<String> adjectives, boolean loose, boolean verbatim,
            String stem) {

        Entry asCompound() {
            return new Entry(danish, english, adjectives, true, verbatim, null);
        }
    }

    /** A suffix rule: {@code *ministeriet} needs Ministry; {@code *+broen} needs Bridge and the stem. */
    private record Suffix(List<String> english, boolean needsStem) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName = new HashMap<>();
    /** Names a compound may start with (one word of 4 letters or more), the first listed winning. */
    private final Map<String, Entry> compoundHeads = new HashMap<>();
    private final Map<String, Suffix> suffixes;

    private Exonyms(List<Entry> entries, Map<String, Suffix> suffixes) {
        this.entries = entries;
        entries.forEach(e -> byName.put(e.danish(), e));
        entries.stream().filter(e -> e.danish().length() >= 4 && !e.danish().contains(" "))
                .forEach(e -> compoundHeads.putIfAbsent(e.danish(), e));
        this.suffixes = suffixes;
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
        Map<String, Suffix> suffixes = new LinkedHashMap<>();
        boolean domestic = false;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[domestic]") || line.equals("[foreign]")) {
                domestic = line.equals("[domestic]");
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols.length > 3) {
                throw new IllegalArgumentException("exonyms: expected Danish<TAB>English|English[<TAB>adjectives], got: "
                        + line);
            }
            List<String> forms = List.of(cols[1].split("\\|"));
            List<String> adjectives = cols.length == 3 ? List.of(cols[2].split("\\|")) : List.of();
            if (cols[0].startsWith("*+")) {
                suffixes.put(cols[0].substring(2).toLowerCase(Locale.ROOT), new Suffix(forms, true));
            } else if (cols[0].startsWith("*")) {
                suffixes.put(cols[0].substring(1).toLowerCase(Locale.ROOT), new Suffix(forms, false));
            } else {
                entries.add(new Entry(cols[0], forms, adjectives, false, domestic, null));
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
     * ({@code Gazakrigen} needs Gaza), a compass prefix and a table place ({@code Sydøstjyllands} needs Jutland), or
     * an institution suffix ({@code Forsvarsministeriet} needs Ministry; {@code Storstrømsbroen} Bridge and
     * Storstrøm).
     */
    Entry compound(String token) {
        // The longest head first, as the table's order has it: a lookup per length rather than a pass over the whole
        // table for every capitalised word (that pass was a sixth of the names check's CPU, JFR).
        for (int length = token.length() - 3; length >= 4; length--) {
            Entry e = compoundHeads.get(token.substring(0, length));
            if (e != null && token.substring(length).chars().allMatch(Character::isLowerCase)) {
                return e.asCompound();
            }
        }
        String lower = token.toLowerCase(Locale.ROOT);
        for (String compass : COMPASS) {
            if (lower.startsWith(compass) && lower.length() > compass.length() + 2) {
                String place = token.substring(compass.length(), compass.length() + 1).toUpperCase(Locale.ROOT)
                        + token.substring(compass.length() + 1);
                Entry e = byName.get(place.endsWith("s") && !byName.containsKey(place)
                        ? place.substring(0, place.length() - 1) : place);
                if (e != null) {
                    return new Entry(token, e.english(), e.adjectives(), true, true, null);
                }
            }
        }
        for (Map.Entry<String, Suffix> s : suffixes.entrySet()) {
            if (lower.endsWith(s.getKey()) && lower.length() > s.getKey().length()) {
                String stem = null;
                if (s.getValue().needsStem()) {
                    stem = token.substring(0, token.length() - s.getKey().length());
                    // the linking s of a compound: Storstrøms|broen
                    stem = stem.length() > 3 && stem.endsWith("s") ? stem.substring(0, stem.length() - 1) : stem;
                }
                return new Entry(token, s.getValue().english(), List.of(), true, false, stem);
            }
        }
        return null;
    }
}
