package dev.tolk.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.tolk.llm.JsonReply;
import dev.tolk.llm.UnusableReplyException;

/**
 * The summary reply contract: {@code {"bullets": ["...", ...]}}. Bullets are plain sentences: list markers and
 * markdown emphasis a model adds anyway are removed, extra bullets beyond the maximum are dropped, and a reply
 * with no usable bullet is unusable (a backend failure, never an empty summary).
 */
final class BulletsReply {

    static final JsonSchema SCHEMA = JsonSchema.builder().name("summary")
            .rootElement(JsonObjectSchema.builder()
                    .addProperty("bullets", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                    .required("bullets").build())
            .build();

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•·–—]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");

    private static final ObjectMapper WRITER = new ObjectMapper();

    private BulletsReply() {
    }

    static List<String> parse(ObjectMapper json, String reply, int maxBullets) {
        JsonNode root = JsonReply.read(json, reply);
        JsonNode bullets = root.isArray() ? root : root.get("bullets");
        if (bullets == null || !bullets.isArray()) {
            throw new UnusableReplyException("The summary reply has no bullets array.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode b : bullets) {
            String text = b.isTextual() ? clean(b.asText()) : "";
            if (!text.isEmpty() && out.size() < maxBullets) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            throw new UnusableReplyException("The summary reply has no usable bullet.");
        }
        return List.copyOf(out);
    }

    static String clean(String bullet) {
        String s = LIST_MARKER.matcher(bullet.strip()).replaceFirst("");
        s = EMPHASIS.matcher(s).replaceAll("");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A parsed reply written back as the model sent it (for a re-ask's assistant turn). */
    static String write(List<String> bullets) {
        try {
            return WRITER.writeValueAsString(Map.of("bullets", bullets));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
