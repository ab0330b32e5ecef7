package dev.tolk.language;

import java.util.List;

import dev.tolk.fidelity.Warning;

/**
 * The language an article is translated from.
 *
 * @param code     ISO 639-1 as reported in responses; {@code en} means "already English, nothing to translate"
 * @param name     the language's English name, as the prompt gives it
 * @param warnings what the caller should know about it (text that looks like another language than the one asked)
 */
public record Source(String code, String name, List<Warning> warnings) {

    public boolean isEnglish() {
        return "en".equals(code);
    }
}
