package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every number of the Danish must be in the English and the English may have no number the Danish lacks, compared by
 * value after each side is read in its own notation. Numbers written as words may match but need not.
 */
final class NumberCheck {

    private NumberCheck() {
    }

    /** A translated segment against its source: missing and invented numbers, Danish notation left in. */
    static List<Warning> segment(String danish, String english) {
        return segment(DanishNumbers.find(danish), english);
    }

    /** @param source the Danish text's numbers ({@link DanishNumbers#find}) */
    static List<Warning> segment(List<NumberMention> source, String english) {
        List<NumberMention> output = EnglishNumbers.find(english);
        Set<NumberKey> sourceKeys = keys(source);
        Set<NumberKey> outputKeys = keys(output);

        List<NumberMention> missing = distinct(source.stream()
                .filter(m -> m.needed() && Collections.disjoint(m.means(), outputKeys)).toList());
        List<NumberMention> extra = new ArrayList<>(distinct(output.stream()
                .filter(m -> !m.optional() && Collections.disjoint(m.means(), sourceKeys)).toList()));
        if (!extra.isEmpty()) {
            // A Danish count in words is reported only when nothing else is: "4" for "tre" already says what is wrong.
            missing = missing.stream().filter(m -> !m.optional()).toList();
        }

        List<Warning> out = new ArrayList<>();
        for (NumberMention m : missing) {
            NumberMention slip = extra.stream().filter(e -> !Collections.disjoint(e.meansInDanish(), m.means())).findFirst()
                    .orElse(null);
            if (slip != null) {
                extra.remove(slip);
                out.add(Warning.numbers(m.surface() + " (" + m.reading() + ") is missing; the English has "
                        + slip.surface() + ", " + readsAs(slip) + "; write " + m.otherForm()));
            } else {
                out.add(Warning.numbers(m.surface() + " (" + m.reading() + ") is missing from the English"));
            }
        }
        for (NumberMention e : extra) {
            out.add(Warning.numbers("the English has " + e.surface() + spelled(e) + ", which is not in the Danish"));
        }
        return out;
    }

    /** A summary bullet: every number in it must be in the source; nothing need be in the bullet. */
    static List<Warning> bullet(String bullet, String danishSource) {
        return bullet(bullet, DanishNumbers.find(danishSource));
    }

    /** @param source the Danish source's numbers ({@link DanishNumbers#find}) */
    static List<Warning> bullet(String bullet, List<NumberMention> source) {
        Set<NumberKey> sourceKeys = keys(source);
        List<Warning> out = new ArrayList<>();
        for (NumberMention e : distinct(EnglishNumbers.find(bullet))) {
            if (e.optional() || !Collections.disjoint(e.means(), sourceKeys)) {
                continue;
            }
            NumberMention meant = source.stream().filter(s -> !Collections.disjoint(e.meansInDanish(), s.means())).findFirst()
                    .orElse(null);
            if (meant != null) {
                out.add(Warning.numbers("the bullet has " + e.surface() + ", " + readsAs(e) + "; the Danish has "
                        + meant.surface() + " (" + meant.reading() + "): write " + meant.otherForm()));
            } else {
                out.add(Warning.numbers("the bullet has " + e.surface() + spelled(e) + ", which is not in the Danish "
                        + "source (in Danish it would read " + e.otherForm() + ")"));
            }
        }
        return out;
    }

    private static String readsAs(NumberMention english) {
        return english.means().isEmpty() ? english.reading() : "which reads as " + english.reading();
    }

    /** " (one hundred and fifty)" after 150; nothing after "three million" or "1 June", which say it already. */
    private static String spelled(NumberMention english) {
        String reading = english.means().isEmpty() ? english.reading().replaceFirst("^which is ", "") : english.reading();
        return reading.equalsIgnoreCase(english.surface()) ? "" : " (" + reading + ")";
    }

    private static Set<NumberKey> keys(List<NumberMention> mentions) {
        Set<NumberKey> keys = new HashSet<>();
        mentions.forEach(m -> keys.addAll(m.means()));
        return keys;
    }

    /** One warning per number as written, however often it occurs. */
    private static List<NumberMention> distinct(List<NumberMention> mentions) {
        Map<Map.Entry<String, Set<NumberKey>>, NumberMention> bySurface = new LinkedHashMap<>();
        mentions.forEach(m -> bySurface.putIfAbsent(Map.entry(m.surface(), m.means()), m));
        return new ArrayList<>(bySurface.values());
    }
}
