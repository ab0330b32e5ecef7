package dev.tolk.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@code GET /v1/jobs/{id}} answers and the webhook sends.
 *
 * @param results the articles done so far, as the batch endpoint's items (in request order; absent while none)
 * @param errors  the articles that failed, each with its {@code problem} (absent while none)
 * @param webhook the callback's delivery, once the job finished (absent without a callback)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Job", description = "An async job: its status, progress, and the results and errors of its articles")
public record JobDocument(String id,
        @Schema(enumeration = { "queued", "running", "done", "failed", "cancelled" }) String status,
        Progress progress, List<JsonNode> results, List<JsonNode> errors, Instant createdAt, Instant finishedAt,
        WebhookState webhook) {

    /** Articles with a result or a problem, of all the job's articles. */
    public record Progress(int done, int total) {
    }

    static JobDocument of(JobMeta meta, Map<Integer, String> stored, ObjectMapper json) {
        List<JsonNode> results = new ArrayList<>();
        List<JsonNode> errors = new ArrayList<>();
        stored.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            JsonNode item = read(json, e.getValue());
            (item.path("status").asInt() == 200 ? results : errors).add(item);
        });
        return new JobDocument(meta.id(), meta.shown().id(), new Progress(stored.size(), meta.total()),
                results.isEmpty() ? null : results, errors.isEmpty() ? null : errors, meta.createdAt(),
                meta.finishedAt(), meta.webhook());
    }

    /** Whether a finished job counts as done: at least one article has its result. */
    static boolean anySucceeded(Map<Integer, String> stored, ObjectMapper json) {
        return stored.values().stream().anyMatch(s -> read(json, s).path("status").asInt() == 200);
    }

    private static JsonNode read(ObjectMapper json, String value) {
        try {
            return json.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
