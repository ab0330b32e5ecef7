package dev.tolk.translation;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationRequest", description = "A Danish article to translate into English")
public record TranslationRequest(
        @Schema(description = "Headline; translated as a headline") @Size(max = 1000) String title,
        @Schema(required = true, description = "Article body; paragraphs separated by blank lines") @NotBlank String text,
        @Schema(enumeration = { "da", "auto" }, defaultValue = "da") @Pattern(regexp = "da|auto", message = "must be da or auto") String source,
        @Schema(enumeration = { "en", "en-GB", "en-US" }, defaultValue = "en", description = "en and en-GB use British spelling, en-US American")
        @Pattern(regexp = "en|en-GB|en-US", message = "must be en, en-GB or en-US") String target,
        @Schema(description = "Required English renderings of Danish terms, on top of the house glossary; part of "
                + "the cache key, and checked in the output", examples = "{\"Folketinget\": \"the Danish Parliament\"}")
        @Size(max = 200) Map<@NotBlank @Size(max = 200) String, @NotBlank @Size(max = 200) String> glossary,
        @Schema(enumeration = { "text", "markdown", "html" }, defaultValue = "text", description = "Format of text; "
                + "markdown and HTML structure is kept and only the words are translated")
        @Pattern(regexp = "text|markdown|html", message = "must be text, markdown or html") String format) {

    public TargetVariant targetVariant() {
        return TargetVariant.of(target == null ? "en" : target);
    }
}
