package dev.tolk.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.vertx.mutiny.core.Vertx;

/**
 * One webhook delivery over real HTTP (Vert.x to WireMock on 127.0.0.1), with names resolved by the test: tolk
 * connects to the address it checked, and a name that now resolves inside the network (DNS rebinding) is refused.
 */
class WebhookClientTest {

    private final byte[] body = "{\"id\":\"job-1\",\"status\":\"done\"}".getBytes(StandardCharsets.UTF_8);
    private Vertx vertx;
    private WireMockServer receiver;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        receiver.stop();
        vertx.closeAndAwait();
    }

    @Test
    void connectsToTheAddressItCheckedWithTheNameAsHost() {
        // receiver.test exists only in this resolver: the request can only have gone to the address it returned.
        WebhookClient client = client("127.0.0.1", host -> new InetAddress[] { InetAddress.getByName("127.0.0.1") });

        WebhookClient.Attempt attempt = client.post("http://receiver.test:" + receiver.port() + "/hook", body);

        assertThat(attempt.delivered()).as(String.valueOf(attempt)).isTrue();
        assertThat(attempt.status()).isEqualTo(204);
        LoggedRequest sent = receiver.findAll(anyRequestedFor(anyUrl())).get(0);
        assertThat(sent.getHeader("Host")).isEqualTo("receiver.test:" + receiver.port());
        assertThat(sent.getBody()).isEqualTo(body);
        String signature = sent.getHeader("X-Tolk-Signature");
        long t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        assertThat(signature).isEqualTo("t=" + t + ",v1=" + WebhookSignature.hmac("unit-test-secret", t, body));
    }

    @Test
    void aNameThatResolvesInsideAtDeliveryIsRefused() throws UnknownHostException {
        AtomicInteger lookups = new AtomicInteger();
        InetAddress outside = InetAddress.getByName("203.0.113.10");
        InetAddress inside = InetAddress.getByName("127.0.0.1");
        CallbackPolicy.Resolver rebinding = host -> new InetAddress[] { lookups.getAndIncrement() == 0 ? outside : inside };
        String url = "http://rebind.example:" + receiver.port() + "/hook";
        CallbackPolicy policy = new CallbackPolicy(WebhookTesting.config(null), rebinding);
        assertThat(policy.target(url).address()).as("accepted at submission").isEqualTo(outside);

        WebhookClient.Attempt attempt = new WebhookClient(vertx, policy, WebhookTesting.config(null)).post(url, body);

        assertThat(attempt.outcome()).isEqualTo(JobMetrics.REFUSED);
        assertThat(attempt.error()).contains("127.0.0.1");
        assertThat(receiver.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void redirectsAreNotFollowed() {
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://127.0.0.1:" + receiver.port() + "/elsewhere")));
        WebhookClient client = client("127.0.0.1", host -> new InetAddress[] { InetAddress.getByName(host) });

        WebhookClient.Attempt attempt = client.post("http://127.0.0.1:" + receiver.port() + "/hook", body);

        assertThat(attempt.outcome()).isEqualTo(JobMetrics.HTTP_ERROR);
        assertThat(attempt.status()).isEqualTo(307);
        assertThat(receiver.findAll(anyRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
    }

    private WebhookClient client(String allowedHosts, CallbackPolicy.Resolver resolver) {
        WebhookConfig config = WebhookTesting.config(allowedHosts);
        return new WebhookClient(vertx, new CallbackPolicy(config, resolver), config);
    }
}
