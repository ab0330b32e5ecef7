package dev.tolk.web;

/** A JSON body that is not well-formed UTF-8 (a 400): it is refused rather than read with replacement characters. */
public class InvalidUtf8Exception extends RuntimeException {

    InvalidUtf8Exception(long offset) {
        super("The request body is not valid UTF-8 (at byte " + offset + ").");
    }
}
