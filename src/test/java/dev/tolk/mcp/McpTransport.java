package dev.tolk.mcp;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.customizer.McpSyncHttpClientRequestCustomizer;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import reactor.core.publisher.Mono;

/**
 * The two HTTP transports a chat tool may use to reach tolk, as the MCP Java SDK's own client speaks them: Streamable
 * HTTP at {@code /mcp}, the older SSE transport at {@code /mcp/sse}.
 */
enum McpTransport {

    STREAMABLE_HTTP {
        @Override
        McpClientTransport transport(String base, String authorization) {
            var builder = HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp");
            if (authorization != null) {
                builder.httpRequestCustomizer(header(authorization));
            }
            return builder.build();
        }
    },
    SSE {
        @Override
        McpClientTransport transport(String base, String authorization) {
            var builder = HttpClientSseClientTransport.builder(base).sseEndpoint("/mcp/sse");
            if (authorization != null) {
                builder.httpRequestCustomizer(header(authorization));
            }
            return builder.build();
        }
    };

    private static final McpSchema.Implementation CLIENT = new McpSchema.Implementation("tolk-tests", "1.0");
    /** Generous: a blow-up, not a speed, is what a timeout here would catch. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** @param authorization the {@code Authorization} header every request carries, or null for none */
    abstract McpClientTransport transport(String base, String authorization);

    McpClientTransport transport(String base) {
        return transport(base, null);
    }

    private static McpSyncHttpClientRequestCustomizer header(String authorization) {
        return (request, method, uri, body, context) -> request.header("Authorization", authorization);
    }

    /** An initialized client of the server at {@code base}. */
    McpSyncClient connect(URL base) {
        return connect(base, null);
    }

    /** The same, sending {@code Authorization: <authorization>} on every request (null: none). */
    McpSyncClient connect(URL base, String authorization) {
        return connect(base, authorization, TIMEOUT);
    }

    /** The same, giving up after {@code timeout} (a client the server refuses may wait for an answer that never comes). */
    McpSyncClient connect(URL base, String authorization, Duration timeout) {
        McpSyncClient client = McpClient.sync(transport(root(base), authorization))
                .clientInfo(CLIENT)
                .requestTimeout(timeout).initializationTimeout(timeout)
                .build();
        client.initialize();
        return client;
    }

    /**
     * An initialized asynchronous client that passes progress notifications to {@code progress} in the order they
     * arrive. (The synchronous client hands each notification to its consumer on a thread of its own, so it may
     * deliver them out of order.)
     */
    McpAsyncClient connectAsync(URL base, Consumer<McpSchema.ProgressNotification> progress) {
        McpAsyncClient client = McpClient.async(transport(root(base)))
                .clientInfo(CLIENT)
                .requestTimeout(TIMEOUT)
                .progressConsumer(notification -> Mono.fromRunnable(() -> progress.accept(notification)))
                .build();
        client.initialize().block(TIMEOUT);
        return client;
    }

    private static String root(URL base) {
        return base.toString().replaceAll("/+$", "");
    }

    /** A {@code tools/call} request; with a progress token when one is given. */
    static McpSchema.CallToolRequest call(String tool, Map<String, Object> arguments, String progressToken) {
        McpSchema.CallToolRequest.Builder request = McpSchema.CallToolRequest.builder(tool).arguments(arguments);
        if (progressToken != null) {
            request.meta(Map.of("progressToken", progressToken));
        }
        return request.build();
    }
}
