package dev.tolk.fidelity;

/**
 * One way an English text departs from its Danish source.
 *
 * @param code   which check failed: {@value #NUMBERS}, {@value #NAMES}, {@value #PARAGRAPHS}, {@value #LANGUAGE},
 *               {@value #LENGTH}, {@value #GLOSSARY} or {@value #SOURCES}
 * @param detail what exactly is wrong, in words an editor (or the model, on a re-ask) can act on
 */
public record Warning(String code, String detail) {

    public static final String NUMBERS = "numbers";
    public static final String NAMES = "names";
    public static final String PARAGRAPHS = "paragraphs";
    public static final String LANGUAGE = "language";
    public static final String LENGTH = "length";
    public static final String GLOSSARY = "glossary";
    /** A summary bullet cites no paragraph, or one the article does not have. */
    public static final String SOURCES = "sources";

    static Warning numbers(String detail) {
        return new Warning(NUMBERS, detail);
    }

    static Warning names(String detail) {
        return new Warning(NAMES, detail);
    }
}
