package dev.tolk.jobs;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A {@link WebhookConfig} with its real defaults and the given overrides, for tests without Quarkus. */
final class WebhookTesting {

    private WebhookTesting() {
    }

    static WebhookConfig config(String allowedHosts) {
        Map<String, String> properties = new HashMap<>();
        properties.put("tolk.webhooks.secret", "unit-test-secret");
        properties.put("tolk.webhooks.timeout", "5s");
        if (allowedHosts != null) {
            properties.put("tolk.webhooks.allowed-hosts", allowedHosts);
        }
        return withProperties(properties);
    }

    static WebhookConfig withProperties(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(WebhookConfig.class)
                // Quarkus's duration syntax ("10s"), as the application reads it
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build()
                .getConfigMapping(WebhookConfig.class);
    }
}
