package dev.tolk.markup;

import java.util.Locale;

/** What an article's {@code text} is written in; the translation comes back in the same format. */
public enum Format {

    /** Plain text, paragraphs separated by blank lines (the default). */
    TEXT,
    /** Markdown: block syntax and inline links, emphasis and code are kept, only the words are translated. */
    MARKDOWN,
    /** HTML (a fragment or a whole document): every tag and attribute is kept, only text is translated. */
    HTML;

    /** The request value; {@code null} is the default, {@link #TEXT}. Validation has already rejected others. */
    public static Format of(String value) {
        return value == null ? TEXT : valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when segments may carry {@code <xN>} placeholders for markup. */
    public boolean hasMarkup() {
        return this != TEXT;
    }
}
