package dev.tolk.compat.libretranslate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.security.KeyGate;

/**
 * The one place the LibreTranslate adapter reads the key a client presents: the {@code api_key} field (JSON, form or
 * multipart). The check is tolk's one key check ({@link KeyGate}); its failures become LibreTranslate's answers in
 * {@link LibreErrors}: 403 for a missing or unknown key, 429 for too many requests or a used-up quota.
 */
@ApplicationScoped
public class LibreAuth {

    private final KeyGate gate;

    LibreAuth(KeyGate gate) {
        this.gate = gate;
    }

    /** @param apiKey the {@code api_key} field, or null */
    public void check(String apiKey) {
        gate.admitBlocking(presented(apiKey), "the api_key field");
    }

    /** The key the client presented, or null (LibreTranslate's page sends an empty one). */
    static String presented(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** Whether a client must send a key: what {@code /frontend/settings} tells LibreTranslate's page. */
    public boolean keysRequired() {
        return gate.enabled();
    }
}
