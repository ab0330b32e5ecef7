package dev.tolk.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attributes tolk puts on its spans. Names of the OpenTelemetry GenAI semantic conventions where one exists
 * ({@code gen_ai.*}), tolk's own ({@code tolk.*}) otherwise. Counts, names and outcomes only: never article text,
 * a prompt or a reply.
 */
public final class SpanAttributes {

    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("tolk.request.id");

    public static final AttributeKey<String> GEN_AI_OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    public static final AttributeKey<String> GEN_AI_SYSTEM = AttributeKey.stringKey("gen_ai.system");
    public static final AttributeKey<String> GEN_AI_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    public static final AttributeKey<Long> GEN_AI_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    public static final AttributeKey<Long> GEN_AI_OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    /** {@code primary} or {@code fallback}. */
    public static final AttributeKey<String> BACKEND = AttributeKey.stringKey("tolk.backend");
    /** {@code success} or the failure kind of {@code FailureClassifier.outcome}. */
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("tolk.outcome");
    public static final AttributeKey<Boolean> REASK = AttributeKey.booleanKey("tolk.reask");
    public static final AttributeKey<Boolean> STREAMED = AttributeKey.booleanKey("tolk.streamed");

    public static final AttributeKey<Long> CHUNK_INDEX = AttributeKey.longKey("tolk.chunk.index");
    public static final AttributeKey<Long> CHUNK_COUNT = AttributeKey.longKey("tolk.chunk.count");
    public static final AttributeKey<Long> CHUNK_SEGMENTS = AttributeKey.longKey("tolk.chunk.segments");

    public static final AttributeKey<String> CACHE_NAME = AttributeKey.stringKey("tolk.cache.name");
    public static final AttributeKey<Long> CACHE_KEYS = AttributeKey.longKey("tolk.cache.keys");
    public static final AttributeKey<Long> CACHE_L1_HITS = AttributeKey.longKey("tolk.cache.l1.hits");
    public static final AttributeKey<Long> CACHE_L2_HITS = AttributeKey.longKey("tolk.cache.l2.hits");
    public static final AttributeKey<Long> CACHE_LOADED = AttributeKey.longKey("tolk.cache.loaded");
    public static final AttributeKey<Boolean> CACHE_REFRESH = AttributeKey.booleanKey("tolk.cache.refresh");

    private SpanAttributes() {
    }
}
