package dev.tolk.jobs;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.tolk.rest.DigestRequest;

/**
 * Many articles, each with the fields of {@code /v1/articles}. The items are deliberately not {@code @Valid}: an item
 * that is wrong (an empty text) is that item's problem, not the batch's ({@link ArticleRunner} checks each one).
 */
@Schema(name = "BatchRequest", description = "Articles to translate and/or summarise in one request")
public record BatchRequest(
        @Schema(required = true, description = "The articles, each with the fields of /v1/articles; results keep "
                + "this order")
        @MaxArticles List<@NotNull DigestRequest> articles,
        @Schema(defaultValue = "true", description = "Translate each article") Boolean translate,
        @Schema(defaultValue = "true", description = "Summarise each article") Boolean summarize) {

    /** What is asked of every article. */
    BatchOptions options(boolean refresh) {
        return new BatchOptions(translate == null || translate, summarize == null || summarize, refresh);
    }

    @JsonIgnore
    @AssertTrue(message = "at least one of translate and summarize must be true")
    boolean isTranslateOrSummarize() {
        return translate == null || translate || summarize == null || summarize;
    }
}
