package dev.tolk.compat.deepl;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place the DeepL adapter reads the key a client presents: {@code Authorization: DeepL-Auth-Key <key>} (what
 * DeepL's clients send), or the legacy {@code auth_key} form field or query parameter.
 * <p>
 * tolk has no API keys yet, so any key, or none, is accepted. The security work plugs in here: {@link #check}
 * will reject a missing or unknown key with a {@code jakarta.ws.rs.ForbiddenException}, which the adapter answers
 * with DeepL's 403.
 */
@ApplicationScoped
public class DeepLAuth {

    private static final String SCHEME = "deepl-auth-key ";

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param authKey       the legacy {@code auth_key} field or query parameter, or null
     */
    public void check(String authorization, String authKey) {
        presented(authorization, authKey); // read, and accepted while keys are off
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
