package dev.tolk.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A glossary maps a Danish term to the English the desk requires for it. When the Danish has the term (any case, as a
 * whole word, also inflected: {@code våbenhvile}, {@code våbenhvilen}, {@code våbenhvilens}), the English must have the
 * rendering (any case, as a whole word, also in the plural or genitive).
 */
public final class GlossaryCheck {

    /**
     * Danish noun and adjective endings: definite, plural, genitive and their combinations ({@code fange}, {@code fanger},
     * {@code fangerne}, {@code fangernes}; {@code aftale}, {@code aftalen}, {@code aftalens}).
     */
    private static final String DANISH_ENDINGS =
            "(?:e|n|r|t|s|en|et|er|es|ns|rs|ts|ne|rne|ene|ens|ets|ers|erne|ernes|rnes|nes)?";
    private static final String ENGLISH_ENDINGS = "(?:s|es|'s|’s|s'|s’)?";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private GlossaryCheck() {
    }

    static List<Warning> check(String danish, String english, Map<String, String> glossary) {
        List<Warning> out = new ArrayList<>();
        if (glossary == null) {
            return out;
        }
        for (Map.Entry<String, String> term : glossary.entrySet()) {
            if (term.getKey() == null || term.getKey().isBlank() || term.getValue() == null || term.getValue().isBlank()) {
                continue;
            }
            if (danish(term.getKey()).matcher(danish).find()
                    && !word(term.getValue(), ENGLISH_ENDINGS).matcher(english).find()) {
                out.add(new Warning(Warning.GLOSSARY, "the glossary renders \"" + term.getKey() + "\" as \""
                        + term.getValue() + "\", but the English has no \"" + term.getValue() + "\""));
            }
        }
        return out;
    }

    /** Whether the Danish text uses the term (inflected forms included). */
    public static boolean mentions(String danish, String term) {
        return term != null && !term.isBlank() && danish(term).matcher(danish).find();
    }

    /**
     * The term with its endings; a term ending in unstressed -el, -er or -en also contracts before an ending
     * ({@code gidsel}, {@code gidsler}; {@code regel}, {@code regler}).
     */
    private static Pattern danish(String term) {
        String t = term.strip();
        Pattern plain = word(t, DANISH_ENDINGS);
        if (!t.matches("(?iu).*\\p{L}e[lrn]")) {
            return plain;
        }
        String contracted = t.substring(0, t.length() - 2) + t.charAt(t.length() - 1);
        return Pattern.compile(plain.pattern() + "|" + word(contracted, "(?:e|er|ere|erne|ernes|es|ers|ene|ens)")
                .pattern(), CI);
    }

    private static Pattern word(String term, String endings) {
        String body = Pattern.quote(term.strip()).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + endings + "(?![\\p{L}\\p{N}])", CI);
    }
}
