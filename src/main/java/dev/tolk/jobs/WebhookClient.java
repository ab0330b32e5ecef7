package dev.tolk.jobs;

import java.time.Instant;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Sends one signed webhook. Vert.x's HTTP client because it can connect to a given address while naming the host
 * (Host header, TLS SNI and certificate check): the address {@link CallbackPolicy} checked is the one connected to,
 * with no second DNS lookup in between. Redirects are not followed (one could point inside the network).
 */
@ApplicationScoped
class WebhookClient {

    /** One attempt's outcome: the receiver's status, or why there was none. */
    record Attempt(Integer status, String error, String outcome) {

        boolean delivered() {
            return JobMetrics.DELIVERED.equals(outcome);
        }
    }

    private final HttpClient http;
    private final CallbackPolicy policy;
    private final WebhookConfig config;

    WebhookClient(Vertx vertx, CallbackPolicy policy, WebhookConfig config) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setForceSni(true)
                .setConnectTimeout((int) config.timeout().toMillis()).setMaxRedirects(0));
        this.policy = policy;
        this.config = config;
    }

    Attempt post(String url, byte[] body) {
        CallbackPolicy.Target target;
        try {
            target = policy.target(url);
        } catch (CallbackRefusedException e) {
            return new Attempt(null, e.getMessage(), JobMetrics.REFUSED);
        }
        String signature = WebhookSignature.header(config.secret().orElseThrow(), Instant.now().getEpochSecond(), body);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host()).setPort(target.port()).setSsl(target.https()).setURI(target.pathAndQuery())
                .setFollowRedirects(false).setTimeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json").putHeader("User-Agent", "tolk-webhooks")
                .putHeader(WebhookSignature.HEADER, signature);
        try {
            int status = http.request(request)
                    .chain(r -> r.send(Buffer.buffer(body)))
                    .chain(response -> response.body().map(ignored -> response.statusCode()))
                    .await().atMost(config.timeout().plusSeconds(1));
            return new Attempt(status, null,
                    status >= 200 && status < 300 ? JobMetrics.DELIVERED : JobMetrics.HTTP_ERROR);
        } catch (RuntimeException e) {
            return new Attempt(null, e.getClass().getSimpleName() + ": " + e.getMessage(), JobMetrics.IO_ERROR);
        }
    }

    @PreDestroy
    void close() {
        http.closeAndForget();
    }
}
