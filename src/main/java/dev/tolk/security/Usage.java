package dev.tolk.security;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /v1/usage} answers: the caller's key and its use of each limit. */
@Schema(description = "The calling key's use of its limits")
public record Usage(@Schema(description = "The key's name (never the key)", examples = "desk-int") String key,
        @Schema(description = "Requests in the current minute") Limit requests,
        @Schema(description = "Characters (as DeepL bills them) in the current calendar month, UTC") Limit characters) {

    /**
     * @param limit null: no limit
     */
    @Schema(description = "One limit and its use")
    public record Limit(@Schema(description = "The limit; absent: none", nullable = true) Long limit,
            @Schema(description = "Used so far in this period") long used,
            @Schema(description = "The period the limit is counted in", enumeration = {"minute", "month"}) String per,
            @Schema(description = "When the period ends and the count starts again") Instant resetsAt) {
    }
}
