package dev.tolk.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Job-completion webhooks: the signing secret, where they may go, how long they are retried. */
@ConfigMapping(prefix = "tolk.webhooks")
public interface WebhookConfig {

    /** Key of the HMAC-SHA256 in {@code X-Tolk-Signature} ({@code TOLK_WEBHOOKS_SECRET}); without it, no callbacks. */
    Optional<String> secret();

    /**
     * Host names, addresses and CIDR ranges a callback may reach although they are loopback, private or link-local
     * (e.g. {@code 127.0.0.1} in tests, {@code hooks.cms.svc.cluster.local} or {@code 10.20.0.0/16} in a cluster).
     */
    @WithName("allowed-hosts")
    Optional<List<String>> allowedHosts();

    /** One delivery attempt, connect to response: a receiver should answer at once and do its work afterwards. */
    @WithDefault("10s")
    Duration timeout();

    /** Wait before the second attempt, doubling per attempt: a receiver that is restarting is back in seconds. */
    @WithName("initial-backoff")
    @WithDefault("10s")
    Duration initialBackoff();

    /** Longest wait between two attempts. */
    @WithName("max-backoff")
    @WithDefault("1h")
    Duration maxBackoff();

    /** How long after the job finished attempts go on: a day covers a receiver's overnight outage. */
    @WithName("retry-for")
    @WithDefault("24h")
    Duration retryFor();
}
