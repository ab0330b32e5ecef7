package dev.tolk.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.tolk.llm.JsonReply;
import dev.tolk.llm.UnusableReplyException;

/**
 * The translation reply contract: {@code {"segments": [...]}}, one string per input segment, same order. A reply
 * that is not that (wrong count, empty strings, not JSON) is unusable: aligning it by guesswork could put a
 * paragraph's translation under another paragraph's cache key.
 */
final class SegmentsReply {

    static final JsonSchema SCHEMA = JsonSchema.builder().name("translation")
            .rootElement(JsonObjectSchema.builder()
                    .addProperty("segments", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                    .required("segments").build())
            .build();

    private static final ObjectMapper WRITER = new ObjectMapper();

    private SegmentsReply() {
    }

    static List<String> parse(ObjectMapper json, String reply, int expected) {
        JsonNode root = JsonReply.read(json, reply);
        JsonNode segments = root.isArray() ? root : root.get("segments");
        if (segments == null || !segments.isArray()) {
            throw new UnusableReplyException("The translation reply has no segments array.");
        }
        if (segments.size() != expected) {
            throw new UnusableReplyException(
                    "The translation reply has " + segments.size() + " segments for " + expected + " sent.");
        }
        List<String> out = new ArrayList<>(expected);
        for (JsonNode s : segments) {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw new UnusableReplyException("The translation reply has an empty or non-text segment.");
            }
            out.add(s.asText().strip());
        }
        return out;
    }

    /**
     * For streaming: the segment a string in a partial reply belongs to ({@code segments[i]}, or {@code [i]} for a
     * bare array, which {@link #parse} accepts too), or -1.
     */
    static int streamedIndex(List<Object> path) {
        if (path.size() == 2 && "segments".equals(path.get(0)) && path.get(1) instanceof Integer i) {
            return i;
        }
        if (path.size() == 1 && path.get(0) instanceof Integer i) {
            return i;
        }
        return -1;
    }

    /** A parsed reply written back as the model sent it (for a re-ask's assistant turn). */
    static String write(List<String> segments) {
        try {
            return WRITER.writeValueAsString(Map.of("segments", segments));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
