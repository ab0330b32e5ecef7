package dev.tolk.pipeline;

/**
 * Where the characters of an accepted article are charged (the per-key monthly quota, in {@code dev.tolk.security}).
 * Declared here so the pipeline needs nothing from the ways in: it only says "this many characters are about to be
 * worked on", once per article, before any backend work.
 */
public interface CharacterQuota {

    /** What {@link #charge} returns when nothing was charged. */
    Runnable NOTHING_TO_REFUND = () -> {
    };

    /**
     * @param characters as DeepL bills them ({@link TranslatedCharacters#of}): title and text, markup included
     * @return what gives the characters back (to the same caller, from any thread; at most once however often it is
     *         run), for a request the backend then fails
     * @throws RuntimeException (the quota's own exception) when the caller may not spend them; nothing is charged then
     */
    Runnable charge(long characters);
}
