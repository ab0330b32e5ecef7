package dev.tolk.glossary;

import java.time.Instant;

/**
 * What is known about a stored glossary besides its entries (they are kept apart, so listing glossaries does not read
 * every term).
 *
 * @param sourceLang as the client gave it, lower case ({@code da})
 * @param targetLang as the client gave it, lower case ({@code en})
 */
public record StoredGlossary(String id, String name, String sourceLang, String targetLang, Instant created,
        int entryCount) {
}
