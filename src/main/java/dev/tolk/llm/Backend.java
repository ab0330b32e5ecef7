package dev.tolk.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

/**
 * One configured LLM backend.
 *
 * @param role      {@code primary} or {@code fallback}: the label in metrics and breaker names
 * @param provider  how it is spoken to
 * @param model     the model id reported in responses and part of every cache key
 * @param chatModel the LangChain4j client
 * @param streamingModel the same backend's streaming client; {@code null} when it has none (the demo), and then
 *                       a streamed request gets the whole reply as one piece
 */
public record Backend(String role, LlmConfig.Provider provider, String model, ChatModel chatModel,
        StreamingChatModel streamingModel) {

    /** The demo backend's placeholders must never be cached or mistaken for translations. */
    public boolean isDemo() {
        return provider == LlmConfig.Provider.demo;
    }
}
