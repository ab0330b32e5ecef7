package dev.tolk.summary;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SummarizeRequest", description = "A Danish article to summarise in English bullets")
public record SummarizeRequest(
        @Schema(description = "Headline") @Size(max = 1000) String title,
        @Schema(required = true, description = "Article body; paragraphs separated by blank lines") @NotBlank String text,
        @Schema(minimum = "1", maximum = "10", defaultValue = "5") @Min(1) @Max(10) Integer maxBullets,
        @Schema(enumeration = { "da", "auto" }, defaultValue = "da") @Pattern(regexp = "da|auto", message = "must be da or auto") String source,
        @Schema(description = "Required English renderings of Danish terms, on top of the house glossary; part of "
                + "the cache key, and checked in the output", examples = "{\"Folketinget\": \"the Danish Parliament\"}")
        @Size(max = 200) Map<@NotBlank @Size(max = 200) String, @NotBlank @Size(max = 200) String> glossary,
        @Schema(enumeration = { "text", "markdown", "html" }, defaultValue = "text", description = "Format of text; "
                + "markdown and HTML structure is kept and only the words are translated")
        @Pattern(regexp = "text|markdown|html", message = "must be text, markdown or html") String format) {

    public int bulletLimit() {
        return maxBullets == null ? 5 : maxBullets;
    }
}
