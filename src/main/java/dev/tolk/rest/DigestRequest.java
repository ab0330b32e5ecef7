package dev.tolk.rest;

import java.util.Map;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tolk.language.TargetVariant;
import dev.tolk.task.ArticleTask;

@Schema(name = "DigestRequest", description = "A Danish article to translate and summarise in one call")
public record DigestRequest(
        @Schema(description = "The desk's own id for the article; echoed back, generated when absent") @Size(max = 200) String id,
        @Schema(description = "Headline", maxLength = 1000) @ArticleFields.Title String title,
        @Schema(required = true, description = ArticleFields.TEXT_DOC) @ArticleFields.Text String text,
        @Schema(minimum = "1", maximum = "10", defaultValue = "5") @ArticleFields.BulletCount Integer maxBullets,
        @Schema(enumeration = { "da", "auto" }, defaultValue = "da") @ArticleFields.SourceCode String source,
        @Schema(enumeration = { "en", "en-GB", "en-US" }, defaultValue = "en") @ArticleFields.TargetCode String target,
        @Schema(description = ArticleFields.GLOSSARY_DOC, examples = ArticleFields.GLOSSARY_EXAMPLE, maxProperties = 200)
        @ArticleFields.GlossarySize Map<@ArticleFields.GlossaryText String, @ArticleFields.GlossaryText String> glossary,
        @Schema(enumeration = { "text", "markdown", "html" }, defaultValue = "text", description = ArticleFields.FORMAT_DOC)
        @ArticleFields.FormatName String format) implements ArticleFields {

    @Override
    public ArticleTask task(String cacheControl) {
        return ArticleFields.super.task(cacheControl).withTarget(TargetVariant.of(target))
                .withMaxBullets(maxBullets == null ? ArticleTask.DEFAULT_BULLETS : maxBullets);
    }
}
