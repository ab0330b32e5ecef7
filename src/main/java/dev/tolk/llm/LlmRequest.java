package dev.tolk.llm;

import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * One model call: instructions in the system message, the (untrusted, fenced) article only in the user message.
 *
 * @param schema        the JSON shape asked for, sent as structured-output format when {@code tolk.llm.json-schema}
 *                      is on
 * @param previousReply for a re-ask: the model's earlier reply, sent back as its own turn
 * @param correction    for a re-ask: what was wrong with it (from tolk's checks, never from the article)
 */
public record LlmRequest(String system, String user, JsonSchema schema, String previousReply, String correction) {

    public LlmRequest(String system, String user, JsonSchema schema) {
        this(system, user, schema, null, null);
    }

    /** The same request, continued with the model's reply and a message naming what to fix. */
    public LlmRequest reask(String reply, String correctionMessage) {
        return new LlmRequest(system, user, schema, reply, correctionMessage);
    }

    public boolean isReask() {
        return correction != null;
    }
}
