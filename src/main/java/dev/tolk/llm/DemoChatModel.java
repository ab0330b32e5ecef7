package dev.tolk.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * The dev-mode stand-in when no model is reachable: it answers in the shape tolk asks for, with every string
 * clearly labelled as a placeholder, so a newcomer can explore the API offline. It never translates, its replies
 * are never cached, and it does not exist in the prod profile.
 */
final class DemoChatModel implements ChatModel {

    static final String LABEL = "[demo backend: no LLM configured, this is not a translation] ";
    private static final Pattern FENCED = Pattern.compile("<article>\\s*(\\{.*})\\s*</article>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        // The first user message carries the article (a re-ask adds a second one without it).
        String user = request.messages().stream().filter(UserMessage.class::isInstance)
                .map(m -> ((UserMessage) m).singleText()).findFirst().orElse("");
        Matcher m = FENCED.matcher(user);
        JsonNode payload = JSON.createObjectNode();
        if (m.find()) {
            try {
                payload = JSON.readTree(m.group(1));
            } catch (JsonProcessingException e) {
                // keep the empty payload: the demo answers with no segments
            }
        }
        String reply;
        try {
            reply = payload.has("segments") ? JSON.writeValueAsString(Map.of("segments", labelled(payload.get("segments"))))
                    : JSON.writeValueAsString(Map.of("bullets", bullets(payload.has("partialBullets")
                            ? texts(payload.get("partialBullets")) : payload.path("paragraphs"))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(reply)).tokenUsage(new TokenUsage(0, 0)).build();
    }

    private static List<String> labelled(JsonNode segments) {
        List<String> out = new ArrayList<>();
        segments.forEach(s -> out.add(LABEL + s.asText()));
        return out;
    }

    /** A long article's reduce call sends the chunks' bullets ({text, sources}), not paragraphs. */
    private static JsonNode texts(JsonNode partialBullets) {
        var out = JSON.createArrayNode();
        partialBullets.forEach(b -> out.add(b.path("text").asText().replace(LABEL, "")));
        return out;
    }

    private static List<String> bullets(JsonNode paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String p = paragraphs.get(i).asText();
            out.add(LABEL + (p.length() > 80 ? p.substring(0, 80) + "…" : p));
        }
        return out;
    }
}
