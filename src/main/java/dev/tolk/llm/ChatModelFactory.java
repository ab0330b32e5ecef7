package dev.tolk.llm;

import java.time.Duration;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j chat models from run-time config.
 * <p>
 * Why not quarkus-langchain4j's configured model beans: the extension fixes the provider at build time, and ops
 * must be able to switch between an OpenAI-compatible server and Ollama with an environment variable. Both
 * providers' extensions are on the classpath, so the builders below still go through Quarkus's REST client.
 * <p>
 * The clients' own retries are off ({@code maxRetries(0)}): retries happen only in {@link BackendGuard}.
 */
final class ChatModelFactory {

    private ChatModelFactory() {
    }

    /** The HTTP client's own timeout: a backstop just past the guard's per-attempt timeout. */
    private static Duration clientTimeout(LlmConfig config) {
        return config.timeout().plusSeconds(1);
    }

    /** OpenAI-compatible servers without authentication still get a key: the client refuses to build without one. */
    private static String key(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? "none" : apiKey;
    }

    static ChatModel create(LlmConfig.Provider provider, String baseUrl, String model, String apiKey, LlmConfig config) {
        Duration timeout = clientTimeout(config);
        return switch (provider) {
            case openai -> OpenAiChatModel.builder()
                    .baseUrl(baseUrl)
                    .apiKey(key(apiKey))
                    .modelName(model)
                    .temperature(config.temperature())
                    .timeout(timeout)
                    .maxRetries(0)
                    .logRequests(config.logTraffic())
                    .logResponses(config.logTraffic())
                    .build();
            case ollama -> OllamaChatModel.builder()
                    .baseUrl(baseUrl)
                    .modelName(model)
                    .temperature(config.temperature())
                    .timeout(timeout)
                    .maxRetries(0)
                    .logRequests(config.logTraffic())
                    .logResponses(config.logTraffic())
                    .build();
            case demo -> new DemoChatModel();
        };
    }

    /**
     * The same backend's streaming client (for {@code Accept: text/event-stream}), built from the same settings.
     * Streaming clients have no retries of their own to switch off. The demo backend has none: its placeholder
     * arrives in one piece.
     */
    static StreamingChatModel createStreaming(LlmConfig.Provider provider, String baseUrl, String model, String apiKey,
            LlmConfig config) {
        Duration timeout = clientTimeout(config);
        return switch (provider) {
            case openai -> OpenAiStreamingChatModel.builder()
                    .baseUrl(baseUrl)
                    .apiKey(key(apiKey))
                    .modelName(model)
                    .temperature(config.temperature())
                    .timeout(timeout)
                    .logRequests(config.logTraffic())
                    .logResponses(config.logTraffic())
                    .build();
            // With its own HTTP client: see JdkStreamingHttpClient for why not the Quarkus one.
            case ollama -> OllamaStreamingChatModel.builder()
                    .httpClientBuilder(JdkStreamingHttpClient.builder())
                    .baseUrl(baseUrl)
                    .modelName(model)
                    .temperature(config.temperature())
                    .timeout(timeout)
                    .logRequests(config.logTraffic())
                    .logResponses(config.logTraffic())
                    .build();
            case demo -> null;
        };
    }

    static String defaultBaseUrl(LlmConfig.Provider provider) {
        return switch (provider) {
            case openai -> "https://api.openai.com/v1";
            case ollama -> "http://localhost:11434";
            case demo -> "";
        };
    }

    static String defaultModel(LlmConfig.Provider provider) {
        return switch (provider) {
            case openai -> "gpt-4o-mini";
            case ollama -> "llama3.1";
            case demo -> "demo";
        };
    }
}
