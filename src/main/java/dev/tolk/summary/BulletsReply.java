package dev.tolk.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.tolk.llm.JsonReply;
import dev.tolk.llm.UnusableReplyException;

/**
 * The summary reply contract: {@code {"bullets": [{"text": "...", "sources": [1, 3]}, ...]}}. A plain string bullet
 * (older prompts, models ignoring the format) is accepted with no sources, which the checks then flag. Bullets are plain sentences: list markers and
 * markdown emphasis a model adds anyway are removed, extra bullets beyond the maximum are dropped, and a reply
 * with no usable bullet is unusable (a backend failure, never an empty summary).
 */
final class BulletsReply {

    static final JsonSchema SCHEMA = JsonSchema.builder().name("summary")
            .rootElement(JsonObjectSchema.builder()
                    .addProperty("bullets", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                            .addProperty("text", new JsonStringSchema())
                            .addProperty("sources", JsonArraySchema.builder().items(new JsonIntegerSchema()).build())
                            .required("text", "sources").build()).build())
                    .required("bullets").build())
            .build();

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•·–—]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");

    private static final ObjectMapper WRITER = new ObjectMapper();

    private BulletsReply() {
    }

    static List<Bullet> parse(ObjectMapper json, String reply, int maxBullets) {
        JsonNode root = JsonReply.read(json, reply);
        JsonNode bullets = root.isArray() ? root : root.get("bullets");
        if (bullets == null || !bullets.isArray()) {
            throw new UnusableReplyException("The summary reply has no bullets array.");
        }
        List<Bullet> out = new ArrayList<>();
        for (JsonNode b : bullets) {
            JsonNode textNode = b.isObject() ? b.get("text") : b;
            String text = textNode != null && textNode.isTextual() ? clean(textNode.asText()) : "";
            if (!text.isEmpty() && out.size() < maxBullets) {
                out.add(new Bullet(text, sources(b.get("sources"))));
            }
        }
        if (out.isEmpty()) {
            throw new UnusableReplyException("The summary reply has no usable bullet.");
        }
        return List.copyOf(out);
    }

    /**
     * For streaming: the bullet a string in a partial reply belongs to ({@code bullets[i].text}, or a plain string
     * bullet, with or without the {@code bullets} wrapper, as {@link #parse} accepts), or -1. The numbering is the
     * reply's; {@code done} settles bullets {@link #parse} dropped or cleaned.
     */
    static int streamedIndex(List<Object> path) {
        List<Object> p = !path.isEmpty() && "bullets".equals(path.get(0)) ? path.subList(1, path.size()) : path;
        if (p.isEmpty() || !(p.get(0) instanceof Integer i)) {
            return -1;
        }
        return p.size() == 1 || p.size() == 2 && "text".equals(p.get(1)) ? i : -1;
    }

    /** Whole numbers only; anything else is dropped (an empty list is then flagged by the checks). */
    private static List<Integer> sources(JsonNode node) {
        List<Integer> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode n : node) {
                if (n.canConvertToExactIntegral() || n.isTextual() && n.asText().strip().matches("\\d{1,4}")) {
                    out.add(n.isTextual() ? Integer.parseInt(n.asText().strip()) : n.asInt());
                }
            }
        }
        return out.stream().distinct().toList();
    }

    static String clean(String bullet) {
        String s = LIST_MARKER.matcher(bullet.strip()).replaceFirst("");
        s = EMPHASIS.matcher(s).replaceAll("");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A parsed reply written back as the model sent it (for a re-ask's assistant turn). */
    static String write(List<Bullet> bullets) {
        try {
            return WRITER.writeValueAsString(Map.of("bullets", bullets));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
