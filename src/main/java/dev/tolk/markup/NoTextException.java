package dev.tolk.markup;

/** A body that is all whitespace or invisible characters, or a markdown or HTML body that is all markup, code or whitespace: there is nothing to translate (400). */
public class NoTextException extends RuntimeException {

    public NoTextException(Format format) {
        super(format == Format.TEXT ? "text: has no words to translate (only whitespace or invisible characters)"
                : "text: the " + format.id() + " has no text to translate outside markup and code");
    }
}
