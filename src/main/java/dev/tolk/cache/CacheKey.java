package dev.tolk.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cache keys: SHA-256 over every input that changes the output (normalised text, languages, variant, glossary,
 * model id, prompt version), so a new prompt or model never serves an old answer.
 */
public final class CacheKey {

    /**
     * Cloned for each key: {@code MessageDigest.getInstance} looks the algorithm up among the security providers on
     * every call, a third of a key's cost, and keys are made for every paragraph of every request, cache hits too.
     */
    private static final MessageDigest SHA_256 = sha256();

    private CacheKey() {
    }

    /** {@code kind} namespaces the key (e.g. "p" for a paragraph, "sum" for a summary); parts are joined unambiguously. */
    public static String of(String kind, String... parts) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        sha.update(kind.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            sha.update((byte) 0);
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        }
        return kind + ":" + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
