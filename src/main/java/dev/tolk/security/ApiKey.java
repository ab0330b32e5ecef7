package dev.tolk.security;

import java.util.OptionalLong;

/**
 * One configured key: its name (what logs, metrics and usage show; the key itself is never kept), the SHA-256 of the
 * key, and its limits (empty: none).
 */
public record ApiKey(String name, byte[] sha256, OptionalLong requestsPerMinute, OptionalLong charactersPerMonth) {

    @Override
    public String toString() {
        return "ApiKey[" + name + "]"; // never the hash either
    }
}
