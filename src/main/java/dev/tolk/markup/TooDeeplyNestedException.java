package dev.tolk.markup;

/**
 * Markdown or HTML nested deeper than {@code tolk.limits.max-markup-depth} (a 400). Decided by counting before any
 * recursive step, so no input depth can reach a stack overflow.
 */
public class TooDeeplyNestedException extends RuntimeException {

    public TooDeeplyNestedException(Format format, int limit) {
        super("text: the " + format.id() + " is nested more than " + limit + " levels deep");
    }
}
