package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A summary bullet may name only people, organisations and places the article names: the classic hallucination is a
 * bullet that brings in a president, a mediator or a source the article never mentions. A capitalised run of the
 * bullet must be in the Danish source (near spelling, any case), or be the English form of a table name the source
 * has ({@code UN} for {@code FN}).
 * <p>
 * It leans quiet: titles and institution words ({@code President}, {@code Health Ministry}), weekdays and months,
 * nationality adjectives, and a single capital at the start of a sentence ("Talks are under way") are not names to
 * check.
 */
final class BulletNames {

    /** Capitalised English words that are no names, or not the hallucinated part of one. */
    private static final Set<String> GENERIC = Set.copyOf(List.of("the", "a", "an", "in", "on", "at", "after", "before",
            "according", "over", "some", "more", "around", "about", "as", "for", "of", "and", "but", "if",
            "while", "when", "with", "without", "by", "to", "from", "his", "her", "their", "its", "this", "that", "he",
            "she", "they", "it", "we", "there", "mr", "mrs", "ms", "dr", "st", "president", "prime", "minister",
            "ministry", "foreign", "defence", "defense", "health", "finance", "justice", "interior", "secretary",
            "general", "chancellor", "king", "queen", "crown", "prince", "princess", "speaker", "chief", "leader",
            "spokesman", "spokeswoman", "spokesperson", "court", "supreme", "high", "district", "city", "police",
            "government", "parliament", "party", "council", "committee", "agency", "authority", "university",
            "hospital", "bridge", "region", "municipality", "security", "union", "commission", "office", "department",
            "army", "navy", "air", "force", "forces", "military", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "strip", "bank", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "easter", "tv", "pm", "ceo", "covid", "i",
            "state", "states", "national", "international", "world", "war", "republic", "kingdom", "federal", "new", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
            "first", "second", "third", "last", "most", "many", "several", "both"));

    private final NameCheck names;
    private final Set<String> adjectives = new HashSet<>();

    BulletNames(NameCheck names, Exonyms table) {
        this.names = names;
        table.entries().forEach(e -> e.adjectives().forEach(a -> adjectives.add(EnglishText.fold(a))));
    }

    /** What the article's Danish allows a bullet to name: its words and the English of its table names. */
    private static final class Allowed {
        final EnglishText danishWords;
        final Set<String> english = new HashSet<>();

        Allowed(String danish, List<NameCheck.Name> found) {
            this.danishWords = new EnglishText(danish);
            for (NameCheck.Name n : found) {
                for (NameCheck.Part p : n.parts()) {
                    for (List<String> forms : List.of(p.forms(), p.adjectives())) {
                        for (String f : forms) {
                            Tokens t = new Tokens(f);
                            for (int i = 0; i < t.size(); i++) {
                                english.add(EnglishText.fold(t.base(i)));
                            }
                        }
                    }
                }
            }
        }

        boolean has(String word) {
            String f = EnglishText.fold(word);
            return english.contains(f) || danishWords.foldedWords().contains(f) || danishWords.near(f);
        }
    }

    private volatile String lastSource;
    private volatile Allowed lastAllowed;

    /** The bullet's capitalised runs that the article does not name. */
    List<Warning> check(String bullet, String danishSource) {
        Allowed allowed = allowed(danishSource);
        Tokens t = new Tokens(Scan.withoutCredits(bullet));
        List<Warning> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        int i = 0;
        while (i < t.size()) {
            if (!t.capitalised(i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.size() && t.capitalised(end) && (t.joined(end - 1, end, false) || t.joined(end - 1, end, true))) {
                end++;
            }
            boolean single = end - i == 1;
            if (!(single && NameCheck.sentenceStart(t.text, t.start(i)))) {
                List<String> unknown = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    String word = t.base(k);
                    String folded = EnglishText.fold(word);
                    if (!GENERIC.contains(folded) && !adjectives.contains(folded) && !allowed.has(word)) {
                        unknown.add(word);
                    }
                }
                String run = t.text.substring(t.start(i), t.end(end - 1));
                if (!unknown.isEmpty() && reported.add(run)) {
                    out.add(Warning.names("the bullet names " + run + ", which the article does not mention"));
                }
            }
            i = end;
        }
        return out;
    }

    /** Bullets of one summary are checked against the same article: its reading is kept for the next bullet. */
    private Allowed allowed(String danishSource) {
        Allowed a = lastAllowed;
        if (a != null && danishSource.equals(lastSource)) {
            return a;
        }
        a = new Allowed(danishSource, names.find(danishSource));
        lastAllowed = a;
        lastSource = danishSource;
        return a;
    }
}
