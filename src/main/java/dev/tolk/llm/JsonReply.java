package dev.tolk.llm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a model's JSON reply, tolerating the markdown code fence models add even when asked for bare JSON. */
public final class JsonReply {

    private JsonReply() {
    }

    /** @throws UnusableReplyException when the reply is not a JSON document */
    public static JsonNode read(ObjectMapper json, String reply) {
        try {
            // Whatever a model adds after its JSON is ignored here; request bodies refuse trailing tokens (web.StrictJsonCustomizer).
            JsonNode node = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(stripCodeFence(reply));
            if (node == null || node.isMissingNode()) {
                throw new UnusableReplyException("The reply is empty.");
            }
            return node;
        } catch (UnusableReplyException e) {
            throw e;
        } catch (Exception e) {
            throw new UnusableReplyException("The reply is not JSON.", e);
        }
    }

    static String stripCodeFence(String reply) {
        String s = reply.strip();
        if (s.startsWith("```")) {
            int firstNewline = s.indexOf('\n');
            int lastFence = s.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                return s.substring(firstNewline + 1, lastFence).strip();
            }
        }
        return s;
    }
}
