package dev.tolk.compat.libretranslate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place the LibreTranslate adapter reads the key a client presents: the {@code api_key} field (JSON, form or
 * multipart). tolk has no API keys yet, so any key, or none, is accepted; the security work plugs in here, and a
 * {@code jakarta.ws.rs.ForbiddenException} from {@link #check} is answered with LibreTranslate's 403.
 */
@ApplicationScoped
public class LibreAuth {

    /** @param apiKey the {@code api_key} field, or null */
    public void check(String apiKey) {
        presented(apiKey); // read, and accepted while keys are off
    }

    /** The key the client presented, or null (LibreTranslate's page sends an empty one). */
    static String presented(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** Whether a client must send a key: what {@code /frontend/settings} tells LibreTranslate's page. */
    public boolean keysRequired() {
        return false;
    }
}
