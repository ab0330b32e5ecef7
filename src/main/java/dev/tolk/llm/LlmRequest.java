package dev.tolk.llm;

import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * One model call: instructions in the system message, the (untrusted, fenced) article only in the user message.
 *
 * @param schema        the JSON shape asked for, sent as structured-output format when {@code tolk.llm.json-schema}
 *                      is on
 * @param previousReply for a re-ask: the model's earlier reply, sent back as its own turn
 * @param correction    for a re-ask: what was wrong with it (from tolk's checks, never from the article)
 * @param tokens        where the reply's text goes as it arrives; {@link TokenSink#NONE} (the default) for a
 *                      blocking call
 */
public record LlmRequest(String system, String user, JsonSchema schema, String previousReply, String correction,
        TokenSink tokens) {

    public LlmRequest {
        tokens = tokens == null ? TokenSink.NONE : tokens;
    }

    public LlmRequest(String system, String user, JsonSchema schema) {
        this(system, user, schema, null, null, TokenSink.NONE);
    }

    /** The same request, continued with the model's reply and a message naming what to fix. */
    public LlmRequest reask(String reply, String correctionMessage) {
        // The re-ask streams to the same sink: the client sees it as one more attempt at the same text.
        return new LlmRequest(system, user, schema, reply, correctionMessage, tokens);
    }

    /** The same request, made with the backend's streaming API, its text passed to {@code sink} as it arrives. */
    public LlmRequest streaming(TokenSink sink) {
        return new LlmRequest(system, user, schema, previousReply, correction, sink);
    }

    public boolean isStreaming() {
        return tokens != TokenSink.NONE;
    }

    public boolean isReask() {
        return correction != null;
    }
}
