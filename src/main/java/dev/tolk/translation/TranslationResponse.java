package dev.tolk.translation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tolk.fidelity.Warning;
import dev.tolk.language.TargetVariant;
import dev.tolk.llm.Usage;

@Schema(name = "TranslationResponse")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranslationResponse(
        @Schema(description = "English headline, when one was sent") String title,
        @Schema(description = "English body in the request's format: plain text keeps its paragraphs, in order, "
                + "separated by blank lines; markdown and HTML come back as the same document with only the words translated") String text,
        @Schema(examples = "da") String source,
        @Schema(examples = "en") String target,
        @Schema(description = "Backend model(s) that produced the text", examples = "gpt-4o-mini") String model,
        @Schema(description = "Short hash of the prompt templates used", examples = "3f2a9c1b7d04") String promptVersion,
        @Schema(description = "True when nothing was sent to a backend for this request") boolean cached,
        @Schema(description = "Tokens this request spent") Usage usage,
        @Schema(description = "Fidelity problems tolk's checks still found after one re-ask (numbers, names, "
                + "paragraphs, language, length, glossary, markup); such output is never cached. Empty when the translation passed.")
        List<Warning> warnings) {

    /** @param text the translated document, rendered in the request's format */
    public static TranslationResponse of(Translation t, String text, String source, TargetVariant target) {
        return new TranslationResponse(t.title().orElse(null), text, source, target.code(), t.model(),
                t.promptVersion(), t.cached(), t.usage(), t.warnings());
    }
}
