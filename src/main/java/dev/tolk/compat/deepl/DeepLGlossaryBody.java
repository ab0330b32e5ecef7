package dev.tolk.compat.deepl;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code POST /v2/glossaries} request, as a form (DeepL's clients) or JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "DeepLGlossaryRequest")
public record DeepLGlossaryBody(
        @Schema(required = true) String name,
        @Schema(required = true, enumeration = "da") @JsonProperty("source_lang") String sourceLang,
        @Schema(required = true, enumeration = "en") @JsonProperty("target_lang") String targetLang,
        @Schema(required = true, description = "Danish term and required English per line: term<TAB>rendering (tsv), "
                + "or term,rendering (csv)") String entries,
        @Schema(enumeration = { "tsv", "csv" }, defaultValue = "tsv") @JsonProperty("entries_format") String entriesFormat,
        @Schema(hidden = true) @JsonProperty("auth_key") String authKey) {

    static DeepLGlossaryBody fromForm(MultivaluedMap<String, String> form) {
        return new DeepLGlossaryBody(form.getFirst("name"), form.getFirst("source_lang"),
                form.getFirst("target_lang"), form.getFirst("entries"), form.getFirst("entries_format"),
                form.getFirst("auth_key"));
    }

    /** The name, stripped; the languages must be tolk's one pair. */
    String checkedName() {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("Parameter 'name' not specified.");
        }
        if (!DeepLLanguages.GLOSSARY_SOURCE.equals(lower(sourceLang))
                || !DeepLLanguages.GLOSSARY_TARGET.equals(lower(targetLang))) {
            throw new BadRequestException("Unsupported glossary language pair: tolk's glossaries are da → en.");
        }
        return name.strip();
    }

    private static String lower(String code) {
        return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
    }
}
