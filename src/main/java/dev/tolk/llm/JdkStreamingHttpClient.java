package dev.tolk.llm;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * A LangChain4j HTTP client on the JDK's, used only by the Ollama streaming model. Why not the default: the Quarkus
 * JAX-RS client LangChain4j's Ollama models find through the SPI leaves the streaming call empty (the handler is never
 * called), and quarkus-langchain4j's own Ollama streaming model reads with the application's ObjectMapper, whose
 * {@code fail-on-unknown-properties} (meant for request bodies) drops Ollama's last line and with it the token counts.
 * It is deliberately not registered as an SPI: two would make LangChain4j refuse to pick one for the other models.
 */
final class JdkStreamingHttpClient implements HttpClient {

    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;

    private JdkStreamingHttpClient(Builder builder) {
        java.net.http.HttpClient.Builder http = java.net.http.HttpClient.newBuilder();
        if (builder.connectTimeout != null) {
            http.connectTimeout(builder.connectTimeout);
        }
        this.http = http.build();
        this.readTimeout = builder.readTimeout;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(jdk(request), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new HttpException(response.statusCode(), response.body());
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the reply on a virtual thread of its own; LangChain4j's contract is that this call returns at once. */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        java.net.http.HttpRequest jdk = jdk(request);
        Thread.ofVirtual().name("tolk-llm-stream").start(() -> {
            try {
                HttpResponse<InputStream> response = http.send(jdk, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() / 100 != 2) {
                        listener.onError(new HttpException(response.statusCode(),
                                new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                        return;
                    }
                    listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                            .headers(response.headers().map()).build());
                    parser.parse(body, listener);
                    listener.onClose();
                }
            } catch (InterruptedException e) {
                listener.onError(e);
            } catch (Exception e) {
                listener.onError(e);
            }
        });
    }

    private java.net.http.HttpRequest jdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder out = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        if (readTimeout != null) {
            out.timeout(readTimeout);
        }
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                for (String v : values == null ? List.<String>of() : values) {
                    out.header(name, v);
                }
            }
        });
        String body = request.body();
        out.method(request.method().name(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return out.build();
    }

    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new JdkStreamingHttpClient(this);
        }
    }
}
