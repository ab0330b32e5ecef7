package dev.tolk.streaming;

import java.util.regex.Pattern;

/**
 * Takes the markup placeholders ({@code <x1>}, {@code </x1>}, {@code <x2/>}; see {@code dev.tolk.markup.Placeholders})
 * out of text that arrives in pieces, so a markdown or HTML translation streams as a plain-text preview: a {@code <}
 * is held back until it is known to start a tag or not. A standalone tag becomes a space, as in
 * {@code Placeholders.strip}; {@code done} carries the document with its markup restored.
 */
final class PlaceholderFilter {

    private static final Pattern TAG = Pattern.compile("</?x\\d{1,4}/?>");
    /** What a tag can start with, e.g. {@code <}, {@code </x}, {@code <x12/}. */
    private static final Pattern PREFIX = Pattern.compile("</?(?:x(?:\\d{1,4}/?)?)?");

    private final StringBuilder held = new StringBuilder();

    String accept(String chunk) {
        StringBuilder out = new StringBuilder(chunk.length());
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (held.isEmpty()) {
                if (c == '<') {
                    held.append(c);
                } else {
                    out.append(c);
                }
                continue;
            }
            held.append(c);
            if (TAG.matcher(held).matches()) {
                if (held.charAt(held.length() - 2) == '/') {
                    out.append(' ');
                }
                held.setLength(0);
            } else if (!PREFIX.matcher(held).matches()) {
                // Not a tag after all: the text goes out, except a '<' that may start the next one.
                out.append(held, 0, held.length() - 1);
                held.setLength(0);
                if (c == '<') {
                    held.append(c);
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
