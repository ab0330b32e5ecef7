package dev.tolk.markup;

/** A markdown or HTML body that is all markup, code or whitespace: there is nothing to translate (400). */
public class NoTextException extends RuntimeException {

    public NoTextException(Format format) {
        super("text: the " + format.id() + " has no text to translate outside markup and code");
    }
}
