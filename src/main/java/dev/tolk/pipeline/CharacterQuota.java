package dev.tolk.pipeline;

/**
 * Where the characters of an accepted article are charged (the per-key monthly quota, in {@code dev.tolk.security}).
 * Declared here so the pipeline needs nothing from the ways in: it only says "this many characters are about to be
 * worked on", once per article, before any backend work.
 */
public interface CharacterQuota {

    /**
     * @param characters as DeepL bills them ({@link TranslatedCharacters#of}): title and text, markup included
     * @throws RuntimeException (the quota's own exception) when the caller may not spend them; nothing is charged then
     */
    void charge(long characters);
}
