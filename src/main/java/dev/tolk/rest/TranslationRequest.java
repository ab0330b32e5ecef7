package dev.tolk.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tolk.language.TargetVariant;
import dev.tolk.task.ArticleTask;

@Schema(name = "TranslationRequest", description = "A Danish article to translate into English")
public record TranslationRequest(
        @Schema(description = "Headline; translated as a headline", maxLength = 1000) @ArticleFields.Title String title,
        @Schema(required = true, description = ArticleFields.TEXT_DOC) @ArticleFields.Text String text,
        @Schema(enumeration = { "da", "auto" }, defaultValue = "da") @ArticleFields.SourceCode String source,
        @Schema(enumeration = { "en", "en-GB", "en-US" }, defaultValue = "en", description = ArticleFields.TARGET_DOC)
        @ArticleFields.TargetCode String target,
        @Schema(description = ArticleFields.GLOSSARY_DOC, examples = ArticleFields.GLOSSARY_EXAMPLE, maxProperties = 200)
        @ArticleFields.GlossarySize Map<@ArticleFields.GlossaryText String, @ArticleFields.GlossaryText String> glossary,
        @Schema(enumeration = { "text", "markdown", "html" }, defaultValue = "text", description = ArticleFields.FORMAT_DOC)
        @ArticleFields.FormatName String format) implements ArticleFields {

    @Override
    public ArticleTask task(String cacheControl) {
        return ArticleFields.super.task(cacheControl).withTarget(TargetVariant.of(target));
    }
}
