package dev.tolk.llm;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Everything about the LLM backends, read at run time so that switching provider, URL or model never needs a
 * rebuild. Each key maps to an environment variable the usual way ({@code tolk.llm.base-url} ↔
 * {@code TOLK_LLM_BASE_URL}, {@code tolk.llm.fallback.model} ↔ {@code TOLK_LLM_FALLBACK_MODEL}).
 */
@ConfigMapping(prefix = "tolk.llm")
public interface LlmConfig {

    /** The primary backend. Unset provider and base URL mean "not configured" (see {@link #autoDetect()}). */
    @WithName("provider")
    Optional<Provider> provider();

    /** Base URL, e.g. {@code http://host:8000/v1} for OpenAI-compatible servers or {@code http://host:11434} for Ollama. */
    @WithName("base-url")
    Optional<String> baseUrl();

    /** Model name as the backend knows it. */
    Optional<String> model();

    /** API key (Bearer token); local servers usually need none. */
    @WithName("api-key")
    Optional<String> apiKey();

    /** Per-attempt timeout of one backend call: a paragraph batch takes seconds; past this it is a transient failure. */
    @WithDefault("60s")
    Duration timeout();

    /** The optional fallback backend, used when the primary fails after its retries or its breaker is open. */
    Fallback fallback();

    /**
     * Dev convenience: when no backend is configured, use Ollama on localhost:11434 if it answers, else the demo
     * backend. Off in prod (an unconfigured backend fails readiness instead) and in tests.
     */
    @WithName("auto-detect")
    @WithDefault("false")
    boolean autoDetect();

    /** Ask for JSON replies with a JSON schema (OpenAI structured outputs / Ollama format); off for servers that reject it. */
    @WithName("json-schema")
    @WithDefault("true")
    boolean jsonSchema();

    /** Sampling temperature: 0 because a translation should be the most likely faithful one, not a creative one. */
    @WithDefault("0")
    double temperature();

    /** Log full backend requests and replies (they contain article text; for debugging only). */
    @WithName("log-traffic")
    @WithDefault("false")
    boolean logTraffic();

    Resilience resilience();

    interface Fallback {
        Optional<Provider> provider();

        @WithName("base-url")
        Optional<String> baseUrl();

        Optional<String> model();

        @WithName("api-key")
        Optional<String> apiKey();
    }

    /** Fault-tolerance numbers, applied per backend by {@link BackendGuard}. */
    interface Resilience {
        /** Retries after the first attempt, only on transient failures: two ride out a blip without tripling load. */
        @WithName("max-retries")
        @WithDefault("2")
        int maxRetries();

        /** First backoff; doubles per retry so a struggling backend gets room to recover. */
        @WithName("initial-backoff")
        @WithDefault("250ms")
        Duration initialBackoff();

        /** Upper bound of one backoff, including a 429's Retry-After: longer waits belong to the caller. */
        @WithName("max-backoff")
        @WithDefault("10s")
        Duration maxBackoff();

        /** Random jitter added to each backoff so retries from many requests do not arrive in lockstep. */
        @WithDefault("100ms")
        Duration jitter();

        /** Overall deadline of one HTTP request: retries and the fallback never run past it (then 504). */
        @WithDefault("120s")
        Duration deadline();

        /** Breaker window: this many recent calls are looked at before it may open. */
        @WithName("breaker-window")
        @WithDefault("10")
        int breakerWindow();

        /** Breaker opens when this share of the window failed: half failing means the backend is sick, not unlucky. */
        @WithName("breaker-failure-ratio")
        @WithDefault("0.5")
        double breakerFailureRatio();

        /** How long an open breaker fast-fails before letting trial calls through; also the 503's Retry-After. */
        @WithName("breaker-delay")
        @WithDefault("30s")
        Duration breakerDelay();

        /** Successful trial calls needed to close a half-open breaker. */
        @WithName("breaker-success-threshold")
        @WithDefault("2")
        int breakerSuccessThreshold();

        /** Concurrent backend calls per backend per replica: protects the backend and this pod's memory. */
        @WithName("max-concurrent")
        @WithDefault("256")
        int maxConcurrent();

        /** Calls waiting for a slot before further ones are refused with 503. */
        @WithName("max-queued")
        @WithDefault("2048")
        int maxQueued();

        /** Retry-After sent with a 503 when nothing better (an open breaker's remaining time) is known. */
        @WithName("retry-after")
        @WithDefault("5s")
        Duration retryAfter();
    }

    enum Provider {
        /** Any OpenAI-compatible chat-completions server (OpenAI, vLLM, llama.cpp, LM Studio, Ollama's /v1, ...). */
        openai,
        /** Ollama's native /api/chat. */
        ollama,
        /** Built-in placeholder backend for exploring the API offline; dev only, never cached. */
        demo
    }
}
