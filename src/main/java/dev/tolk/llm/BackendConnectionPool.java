package dev.tolk.llm;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;

import io.smallrye.config.SmallRyeConfig;

/**
 * Sizes the HTTP connection pool of the model clients to the bulkhead ({@code tolk.llm.resilience.max-concurrent}).
 * <p>
 * Why: the OpenAI and Ollama clients of quarkus-langchain4j are built programmatically with
 * {@code QuarkusRestClientBuilder}, which ignores {@code quarkus.rest-client.connection-pool-size} (that key only
 * reaches CDI-injected clients) and so gets the REST client's built-in 50 connections per client. Over HTTP/1.1 one
 * call holds one connection, so those 50 would be a second, hidden limit under the bulkhead: calls it admitted
 * would queue for a connection while their per-attempt timeout runs, and a gateway holding hundreds of multi-second
 * calls would serve 50 at a time. The bulkhead is the one limit ops tune; the pool follows it.
 * <p>
 * Registered through {@code META-INF/services} (MicroProfile REST Client SPI): the REST client calls it for every
 * client it builds; only quarkus-langchain4j's model APIs are touched.
 */
public final class BackendConnectionPool implements RestClientListener {

    /** The REST client's own property for the pool of one client (HTTP/1.1 connections, HTTP/2 too). */
    static final String POOL_SIZE = "io.quarkus.rest.client.connection-pool-size";
    /** How long an idle pooled connection is kept, in seconds (Vert.x's keep-alive timeout; its default is 60). */
    static final String IDLE_TTL = "io.quarkus.rest.client.connection-ttl";
    /**
     * Shorter than the idle timeouts of the servers models sit behind (uvicorn, under vLLM and LiteLLM: 5 s;
     * nginx: 75 s), so tolk drops an idle connection before the server does. The other way round, a call can go out
     * on a connection the server has just closed: it fails without reaching the model, and a burst of those, as the
     * benchmark saw after idle periods, is enough to open the breaker.
     */
    static final int IDLE_TTL_SECONDS = 4;

    @Override
    public void onNewClient(Class<?> api, RestClientBuilder builder) {
        if (!isModelApi(api)) {
            return;
        }
        int size = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(LlmConfig.class)
                .resilience().maxConcurrent();
        builder.property(POOL_SIZE, Integer.valueOf(size));
        builder.property(IDLE_TTL, Integer.valueOf(IDLE_TTL_SECONDS));
    }

    static boolean isModelApi(Class<?> api) {
        return api.getName().startsWith("io.quarkiverse.langchain4j.") && api.getSimpleName().endsWith("RestApi");
    }
}
