package dev.tolk.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * The backend chain (primary, then optional fallback), resolved once at start-up from run-time config.
 * <p>
 * With nothing configured: in dev ({@code tolk.llm.auto-detect=true}) a local Ollama is used when it answers,
 * else the demo backend; elsewhere the chain is empty, readiness is DOWN and every model call is a 503 saying
 * which variables to set.
 */
@Startup
@ApplicationScoped
public class Backends {

    private static final Logger LOG = Logger.getLogger(Backends.class);
    static final String NOT_CONFIGURED = "No LLM backend is configured: set TOLK_LLM_BASE_URL and TOLK_LLM_MODEL "
            + "(and TOLK_LLM_PROVIDER=openai|ollama, TOLK_LLM_API_KEY if the server needs one).";

    private final List<Backend> chain;

    Backends(LlmConfig config, ObjectMapper json) {
        List<Backend> resolved = new ArrayList<>();
        primary(config, json).ifPresent(resolved::add);
        fallback(config).ifPresent(resolved::add);
        this.chain = List.copyOf(resolved);
        if (chain.isEmpty()) {
            LOG.warn(NOT_CONFIGURED);
        }
        for (Backend b : chain) {
            if (b.isDemo()) {
                LOG.warn("Using the DEMO backend: its output is a labelled placeholder, not a translation, and is never "
                        + "cached. For real translations set TOLK_LLM_BASE_URL and TOLK_LLM_MODEL (or run Ollama on "
                        + "localhost:11434).");
            } else {
                LOG.infof("LLM %s backend: %s model %s", b.role(), b.provider(), b.model());
            }
        }
    }

    /** Primary first, then the fallback; empty when nothing is configured. */
    public List<Backend> chain() {
        return chain;
    }

    public boolean configured() {
        return !chain.isEmpty();
    }

    /** The primary backend's model id: the one cache keys are made for. */
    public String primaryModel() {
        return chain.isEmpty() ? "none" : chain.get(0).model();
    }

    private static Optional<Backend> primary(LlmConfig config, ObjectMapper json) {
        if (config.provider().isPresent() || config.baseUrl().isPresent()) {
            LlmConfig.Provider provider = config.provider().orElse(LlmConfig.Provider.openai);
            if (provider == LlmConfig.Provider.demo && LaunchMode.current() == LaunchMode.NORMAL) {
                // Placeholders must never reach a desk: prod has no demo, it is simply not configured.
                LOG.error("TOLK_LLM_PROVIDER=demo is for dev mode only; ignoring it.");
                return Optional.empty();
            }
            return Optional.of(build("primary", provider, config.baseUrl(), config.model(), config.apiKey(), config));
        }
        if (!config.autoDetect()) {
            return Optional.empty();
        }
        Optional<String> ollamaModel = localOllamaModel(config, json);
        if (ollamaModel.isPresent()) {
            return Optional.of(build("primary", LlmConfig.Provider.ollama, Optional.empty(), ollamaModel,
                    Optional.empty(), config));
        }
        return Optional.of(build("primary", LlmConfig.Provider.demo, Optional.empty(), Optional.empty(),
                Optional.empty(), config));
    }

    private static Optional<Backend> fallback(LlmConfig config) {
        LlmConfig.Fallback f = config.fallback();
        if (f.provider().isEmpty() && f.baseUrl().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build("fallback", f.provider().orElse(LlmConfig.Provider.openai), f.baseUrl(), f.model(),
                f.apiKey(), config));
    }

    private static Backend build(String role, LlmConfig.Provider provider, Optional<String> baseUrl,
            Optional<String> model, Optional<String> apiKey, LlmConfig config) {
        String url = baseUrl.orElse(ChatModelFactory.defaultBaseUrl(provider));
        String modelId = provider == LlmConfig.Provider.demo ? "demo"
                : model.orElse(ChatModelFactory.defaultModel(provider));
        return new Backend(role, provider, modelId,
                ChatModelFactory.create(provider, url, modelId, apiKey.orElse(null), config),
                ChatModelFactory.createStreaming(provider, url, modelId, apiKey.orElse(null), config));
    }

    /**
     * Asks a local Ollama which models it has. Uses the JDK client because this runs once, before anything else,
     * and must give up within a second when nothing listens.
     */
    private static Optional<String> localOllamaModel(LlmConfig config, ObjectMapper json) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpResponse<String> reply = http.send(
                    HttpRequest.newBuilder(URI.create(ChatModelFactory.defaultBaseUrl(LlmConfig.Provider.ollama) + "/api/tags"))
                            .timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                return Optional.empty();
            }
            if (config.model().isPresent()) {
                return config.model();
            }
            JsonNode models = json.readTree(reply.body()).path("models");
            return models.isArray() && !models.isEmpty() ? Optional.of(models.get(0).path("name").asText())
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
