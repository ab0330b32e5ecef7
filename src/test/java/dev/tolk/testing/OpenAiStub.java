package dev.tolk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Builds OpenAI chat-completions replies and reads what tolk sent. */
public final class OpenAiStub {

    public static final String CHAT = "/v1/chat/completions";
    public static final String FALLBACK_CHAT = "/fallback/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiStub() {
    }

    /** A 200 chat completion whose assistant message is {@code content}, with the given token usage. */
    public static ResponseDefinitionBuilder completion(String content, int promptTokens, int completionTokens) {
        Map<String, Object> body = Map.of(
                "id", "chatcmpl-test",
                "object", "chat.completion",
                "created", 1_700_000_000,
                "model", "test-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                        "total_tokens", promptTokens + completionTokens));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(write(body));
    }

    /**
     * A 200 streamed chat completion ({@code stream: true}): {@code content} cut into pieces of {@code pieceSize}
     * characters, one {@code data:} chunk each, then a usage chunk and {@code data: [DONE]}.
     */
    public static ResponseDefinitionBuilder streamedCompletion(String content, int pieceSize, int promptTokens,
            int completionTokens) {
        StringBuilder body = new StringBuilder();
        body.append(chunk(Map.of("role", "assistant", "content", ""), null, null));
        for (int i = 0; i < content.length(); i += pieceSize) {
            body.append(chunk(Map.of("content", content.substring(i, Math.min(content.length(), i + pieceSize))),
                    null, null));
        }
        body.append(chunk(Map.of(), "stop", null));
        body.append(chunk(null, null, Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                "total_tokens", promptTokens + completionTokens)));
        body.append("data: [DONE]\n\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString());
    }

    private static String chunk(Map<String, Object> delta, String finishReason, Map<String, Object> usage) {
        Map<String, Object> chunk = new java.util.LinkedHashMap<>();
        chunk.put("id", "chatcmpl-test");
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", 1_700_000_000);
        chunk.put("model", "test-model");
        if (delta == null) {
            chunk.put("choices", List.of());
        } else {
            Map<String, Object> choice = new java.util.LinkedHashMap<>();
            choice.put("index", 0);
            choice.put("delta", delta);
            choice.put("finish_reason", finishReason);
            chunk.put("choices", List.of(choice));
        }
        if (usage != null) {
            chunk.put("usage", usage);
        }
        return "data: " + write(chunk) + "\n\n";
    }

    public static String segments(List<String> segments) {
        return write(Map.of("segments", segments));
    }

    /** A summary reply whose bullets each cite paragraph 1 (which every article has), so they pass the checks. */
    public static String bullets(List<String> bullets) {
        return cited(bullets.stream().map(b -> cite(b, 1)).toList());
    }

    /** A summary reply in the old format: bullets as plain strings, citing nothing. */
    public static String plainBullets(List<String> bullets) {
        return write(Map.of("bullets", bullets));
    }

    /** A summary reply with bullets built by {@link #cite}. */
    public static String cited(List<Map<String, Object>> bullets) {
        return write(Map.of("bullets", bullets));
    }

    public static Map<String, Object> cite(String text, Integer... sources) {
        return Map.of("text", text, "sources", List.of(sources));
    }

    public static MappingBuilder chat() {
        return post(urlEqualTo(CHAT));
    }

    /** Requests to the primary's chat endpoint, oldest first. */
    public static List<LoggedRequest> sent(WireMockServer server) {
        return server.findAll(postRequestedFor(urlEqualTo(CHAT))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** The newest request to the primary's chat endpoint. */
    public static LoggedRequest last(WireMockServer server) {
        List<LoggedRequest> all = sent(server);
        return all.get(all.size() - 1);
    }

    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON payload between {@code <article>} and {@code </article>} in the user message. */
    public static JsonNode fencedPayload(LoggedRequest request) {
        String user = body(request).get("messages").get(1).get("content").asText();
        int start = user.indexOf("<article>") + "<article>".length();
        int end = user.lastIndexOf("</article>");
        try {
            return JSON.readTree(user.substring(start, end));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
