package dev.tolk.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a caller's request id is accepted ({@code tolk.request-id.*}). */
@ConfigMapping(prefix = "tolk.request-id")
public interface RequestIdConfig {

    /**
     * Longest request id taken from a caller's {@code X-Request-Id}; longer ones are cut. 64: room for a UUID (36),
     * a W3C trace id (32) or an AWS/ingress id (~40) with a prefix, short enough that a hostile header cannot bloat
     * every log line of its request.
     */
    @WithDefault("64")
    int maxLength();
}
