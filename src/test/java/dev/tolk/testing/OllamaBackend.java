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
 * A WireMock server standing in for Ollama's native API ({@code /api/chat}), configured as the primary backend with
 * provider {@code ollama} and model {@code llama3.1}. For a test profile's {@code testResources()}; tests get the
 * server through a field annotated {@link Inject}.
 */
public class OllamaBackend implements QuarkusTestResourceLifecycleManager {

    public static final String CHAT = "/api/chat";
    public static final String MODEL = "llama3.1";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(16).jettyAcceptors(1));
        server.start();
        return Map.of(
                "tolk.llm.provider", "ollama",
                "tolk.llm.base-url", server.baseUrl(),
                "tolk.llm.model", MODEL);
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
