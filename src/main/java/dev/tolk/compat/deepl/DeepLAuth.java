package dev.tolk.compat.deepl;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.security.KeyGate;

/**
 * The one place the DeepL adapter reads the key a client presents: {@code Authorization: DeepL-Auth-Key <key>} (what
 * DeepL's clients send), or the legacy {@code auth_key} form field or query parameter. The check is tolk's one key
 * check ({@link KeyGate}); its failures become DeepL's answers in {@link DeepLErrors}: 403 for a missing or unknown
 * key, 429 for too many requests, 456 for a used-up quota.
 */
@ApplicationScoped
public class DeepLAuth {

    private static final String SCHEME = "deepl-auth-key ";

    private final KeyGate gate;

    DeepLAuth(KeyGate gate) {
        this.gate = gate;
    }

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param authKey       the legacy {@code auth_key} field or query parameter, or null
     */
    public void check(String authorization, String authKey) {
        gate.admitBlocking(presented(authorization, authKey), "Authorization: DeepL-Auth-Key <key>");
    }

    /** The key the client presented, or null when it sent none. */
    static String presented(String authorization, String authKey) {
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            String key = authorization.substring(SCHEME.length()).strip();
            return key.isEmpty() ? null : key;
        }
        return authKey == null || authKey.isBlank() ? null : authKey.strip();
    }
}
