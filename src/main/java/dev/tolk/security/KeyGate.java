package dev.tolk.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * The one check every way in makes: the presented key is known ({@link ApiKeys}), and its minute is not used up
 * ({@link Limits}). On success the key becomes the request's caller ({@link Callers}): its name in the logging MDC,
 * and the key its characters are charged to. The {@code /v1} and {@code /mcp} door is {@link ApiKeyFilter}; the
 * DeepL and LibreTranslate adapters call {@link #admitBlocking} where they read their own key field.
 */
@ApplicationScoped
public class KeyGate {

    private final ApiKeys keys;
    private final Limits limits;

    KeyGate(ApiKeys keys, Limits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    public boolean enabled() {
        return keys.enabled();
    }

    /**
     * @param presented the key the client sent, or null
     * @return the key, once counted; fails with {@link ApiKeyMissingException}, {@link ApiKeyInvalidException} or
     *         {@link RateLimitedException}. Never call with keys off.
     */
    Uni<ApiKey> admit(String presented, String howToSend) {
        return admit(presented, howToSend, null);
    }

    /**
     * @param howToSend how this API takes a key, for the client that sent none (e.g. "Authorization: Bearer &lt;key&gt;")
     * @param request   where the key is also kept for what runs later (the MCP tools), or null
     */
    Uni<ApiKey> admit(String presented, String howToSend, io.vertx.ext.web.RoutingContext request) {
        if (presented == null || presented.isBlank()) {
            return Uni.createFrom().failure(new ApiKeyMissingException("This API needs a key: send it as " + howToSend
                    + "."));
        }
        ApiKey key = keys.find(presented).orElse(null);
        if (key == null) {
            return Uni.createFrom().failure(new ApiKeyInvalidException("The API key is not valid."));
        }
        if (request != null) {
            Callers.set(key, request);
        } else {
            Callers.set(key);
        }
        return limits.admitRequest(key).replaceWith(key);
    }

    /**
     * The same, waiting for the count (bounded by {@code tolk.auth.redis-timeout}); for resource methods, which run
     * on worker or virtual threads. Does nothing when keys are off.
     */
    public void admitBlocking(String presented, String howToSend) {
        if (keys.enabled()) {
            admit(presented, howToSend).await().indefinitely();
        }
    }
}
