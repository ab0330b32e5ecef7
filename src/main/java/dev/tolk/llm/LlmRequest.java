package dev.tolk.llm;

import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * One model call: instructions in the system message, the (untrusted, fenced) article only in the user message.
 *
 * @param schema the JSON shape asked for, sent as structured-output format when {@code tolk.llm.json-schema} is on
 */
public record LlmRequest(String system, String user, JsonSchema schema) {
}
