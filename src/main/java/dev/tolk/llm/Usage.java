package dev.tolk.llm;

import dev.langchain4j.model.output.TokenUsage;

/** Tokens spent by one request (or one backend call). Counts only what was actually sent to a backend. */
public record Usage(long inputTokens, long outputTokens) {

    public static final Usage NONE = new Usage(0, 0);

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }

    static Usage of(TokenUsage usage) {
        if (usage == null) {
            return NONE;
        }
        return new Usage(orZero(usage.inputTokenCount()), orZero(usage.outputTokenCount()));
    }

    private static long orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
