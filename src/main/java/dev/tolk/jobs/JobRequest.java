package dev.tolk.jobs;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.tolk.rest.DigestRequest;

/** The body of {@code POST /v1/articles/batch} plus where to be called back. */
@Schema(name = "JobRequest", description = "Articles to work on in the background; optionally called back when done")
public record JobRequest(
        @Schema(required = true, description = "The articles, each with the fields of /v1/articles")
        @MaxArticles List<@NotNull DigestRequest> articles,
        @Schema(defaultValue = "true", description = "Translate each article") Boolean translate,
        @Schema(defaultValue = "true", description = "Summarise each article") Boolean summarize,
        @Schema(description = "http(s) URL that gets the finished job document, signed (X-Tolk-Signature)")
        @Size(max = 2000) String callbackUrl) {

    BatchRequest batch() {
        return new BatchRequest(articles, translate, summarize);
    }

    @JsonIgnore
    @AssertTrue(message = "at least one of translate and summarize must be true")
    boolean isTranslateOrSummarize() {
        return batch().isTranslateOrSummarize();
    }
}
