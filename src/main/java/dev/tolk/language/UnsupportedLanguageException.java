package dev.tolk.language;

/** {@code source: auto} found a language tolk does not translate (→ 422). */
public class UnsupportedLanguageException extends RuntimeException {

    public UnsupportedLanguageException(String language) {
        super("The text appears to be " + language + "; tolk translates Danish, Norwegian and Swedish into English.");
    }
}
