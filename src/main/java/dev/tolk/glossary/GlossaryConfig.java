package dev.tolk.glossary;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The house glossary. */
@ConfigMapping(prefix = "tolk.glossary")
public interface GlossaryConfig {

    /**
     * A JSON object file of Danish term → required English (e.g. a mounted ConfigMap): a file, not config entries,
     * because a desk's glossary runs to hundreds of terms with spaces and Danish letters in them.
     */
    Optional<String> file();
}
