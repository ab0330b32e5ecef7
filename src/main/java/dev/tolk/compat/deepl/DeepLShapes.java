package dev.tolk.compat.deepl;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tolk.fidelity.Warning;
import dev.tolk.glossary.StoredGlossary;

/** The JSON DeepL's API answers with, field for field as DeepL's reference gives it. */
public final class DeepLShapes {

    private DeepLShapes() {
    }

    @Schema(name = "DeepLTranslations")
    public record Translations(List<Translation> translations) {
    }

    @Schema(name = "DeepLTranslation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Translation(
            @Schema(description = "DA, or what source_lang absent detected: NB, SV, or EN (returned unchanged)")
            @JsonProperty("detected_source_language") String detectedSourceLanguage,
            String text,
            @Schema(description = "Characters of the text; sent when show_billed_characters is set")
            @JsonProperty("billed_characters") Integer billedCharacters,
            @Schema(description = "tolk's extension: what its fidelity checks still found (numbers, names, glossary, "
                    + "...); absent when the translation passed. DeepL clients ignore it.")
            @JsonProperty("tolk_warnings") List<Warning> tolkWarnings) {
    }

    @Schema(name = "DeepLUsage")
    public record Usage(@JsonProperty("character_count") long characterCount,
            @JsonProperty("character_limit") long characterLimit) {
    }

    @Schema(name = "DeepLLanguage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Language(String language, String name,
            @JsonProperty("supports_formality") Boolean supportsFormality) {
    }

    @Schema(name = "DeepLGlossary")
    public record Glossary(@JsonProperty("glossary_id") String glossaryId, String name, boolean ready,
            @JsonProperty("source_lang") String sourceLang, @JsonProperty("target_lang") String targetLang,
            @Schema(description = "ISO 8601, e.g. 2021-08-03T14:16:18.329Z")
            @JsonProperty("creation_time") String creationTime,
            @JsonProperty("entry_count") int entryCount) {

        static Glossary of(StoredGlossary g) {
            return new Glossary(g.id(), g.name(), true, g.sourceLang(), g.targetLang(), g.created().toString(),
                    g.entryCount());
        }
    }

    @Schema(name = "DeepLGlossaries")
    public record Glossaries(List<Glossary> glossaries) {
    }

    @Schema(name = "DeepLGlossaryLanguagePair")
    public record LanguagePair(@JsonProperty("source_lang") String sourceLang,
            @JsonProperty("target_lang") String targetLang) {
    }

    @Schema(name = "DeepLGlossaryLanguagePairs")
    public record LanguagePairs(@JsonProperty("supported_languages") List<LanguagePair> supportedLanguages) {
    }

    @Schema(name = "DeepLError", description = "DeepL's error body")
    public record Error(String message) {
    }
}
