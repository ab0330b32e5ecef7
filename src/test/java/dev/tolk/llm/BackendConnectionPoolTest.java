package dev.tolk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.TestBackend;
import io.quarkiverse.langchain4j.openai.common.OpenAiRestApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The model clients get as many connections as the bulkhead lets calls through, not the REST client's 50. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class BackendConnectionPoolTest {

    @Inject
    LlmConfig config;

    @Test
    void isRegisteredWithTheRestClient() {
        assertThat(ServiceLoader.load(RestClientListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(BackendConnectionPool.class);
    }

    @Test
    void sizesModelClientPoolsToTheBulkheadAndLeavesOtherClientsAlone() {
        Map<String, Object> openAi = properties(OpenAiRestApi.class);
        assertThat(openAi).containsEntry(BackendConnectionPool.POOL_SIZE, config.resilience().maxConcurrent())
                .containsEntry(BackendConnectionPool.IDLE_TTL, BackendConnectionPool.IDLE_TTL_SECONDS);
        assertThat(properties(Runnable.class)).isEmpty();
    }

    private static Map<String, Object> properties(Class<?> api) {
        Map<String, Object> set = new HashMap<>();
        RestClientBuilder builder = (RestClientBuilder) Proxy.newProxyInstance(
                BackendConnectionPoolTest.class.getClassLoader(), new Class<?>[] { RestClientBuilder.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("property")) {
                        set.put((String) args[0], args[1]);
                    }
                    return method.getReturnType().isInstance(proxy) ? proxy : null;
                });
        new BackendConnectionPool().onNewClient(api, builder);
        return set;
    }
}
