package dev.tolk.glossary;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The house glossary, and the glossaries desks manage through DeepL's glossary API ({@link GlossaryStore}). */
@ConfigMapping(prefix = "tolk.glossary")
public interface GlossaryConfig {

    /**
     * A JSON object file of Danish term → required English (e.g. a mounted ConfigMap): a file, not config entries,
     * because a desk's glossary runs to hundreds of terms with spaces and Danish letters in them.
     */
    Optional<String> file();

    /** Stored glossaries (DeepL's {@code /v2/glossaries}). */
    Store store();

    interface Store {

        /**
         * Entries per glossary: a house list runs to hundreds. Only the entries a paragraph uses reach its prompt,
         * but every paragraph of every request is scanned for every entry, so tens of thousands would cost CPU on
         * each call.
         */
        @WithDefault("1000")
        int maxEntries();

        /** Characters of one term or rendering, as for {@code /v1}'s glossary: a name or a phrase, not a paragraph. */
        @WithDefault("200")
        int maxTermChars();

        /** Glossaries kept in all: bounds the memory (or Redis) a client can fill; past it, DeepL's 456. */
        @WithDefault("1000")
        int maxGlossaries();

        /** Longest wait for Redis per glossary operation: past it the request is a 503, not a hang. */
        @WithDefault("2s")
        Duration timeout();
    }
}
