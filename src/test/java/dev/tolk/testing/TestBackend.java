package dev.tolk.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock server standing in for the LLM backend (OpenAI-compatible chat completions at {@code /v1}, Ollama's
 * native API at {@code /ollama/api/chat}, a second OpenAI-compatible server at {@code /fallback/v1}). Tests get it
 * through a field annotated {@link Inject}. Its root URL is also published as {@value #URL_PROPERTY}, so a test profile
 * can point another backend at it (e.g. {@code tolk.llm.fallback.base-url=${tolk.test.backend-url}/fallback/v1}).
 */
public class TestBackend implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    public static final String URL_PROPERTY = "tolk.test.backend-url";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64).jettyAcceptors(2)
                .extensions(InFlightRequests.LISTENER));
        server.start();
        return Map.of(
                "tolk.llm.provider", "openai",
                "tolk.llm.base-url", server.baseUrl() + "/v1",
                "tolk.llm.model", "test-model",
                "tolk.llm.api-key", "test-key",
                URL_PROPERTY, server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
