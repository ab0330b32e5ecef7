package dev.tolk.jobs;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tolk.summary.SummaryResponse;
import dev.tolk.translation.TranslationResponse;
import dev.tolk.web.Problem;

/**
 * One article of a batch or job: its result, or the problem it ran into, never both.
 *
 * @param index   where the article was in the request, from 0
 * @param id      the article's {@code id} as sent, or absent
 * @param status  200, or the HTTP status the same article would have got from {@code /v1/articles}
 * @param problem the problem document ({@code type}, {@code title}, {@code status}, {@code detail}, and
 *                {@code retryAfter} in seconds for a 503 or 504) when it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchItem", description = "One article's result, or its problem")
public record ItemResult(int index, String id, int status, TranslationResponse translation, SummaryResponse summary,
        Map<String, Object> problem) {

    static ItemResult done(int index, String id, TranslationResponse translation, SummaryResponse summary) {
        return new ItemResult(index, id, 200, translation, summary, null);
    }

    static ItemResult failed(int index, String id, Problem problem) {
        return new ItemResult(index, id, problem.status(), null, null, problem.toEventData());
    }
}
