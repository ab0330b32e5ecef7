package dev.tolk.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads the keys file: a JSON array of {@code {"name", "sha256", "requestsPerMinute", "charactersPerMonth"}}. Strict:
 * an unknown field (a misspelt limit would silently mean "no limit"), a duplicate name, or a hash that is not 64 hex
 * digits makes the whole file invalid, and the keys read before stay in force.
 */
final class KeyFile {

    record Entry(String name, String sha256, Long requestsPerMinute, Long charactersPerMonth) {
    }

    static final class InvalidException extends Exception {
        InvalidException(String message) {
            super(message);
        }
    }

    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .readerForListOf(Entry.class);

    private KeyFile() {
    }

    static List<ApiKey> parse(byte[] json) throws InvalidException {
        List<Entry> entries;
        try {
            entries = READER.readValue(json);
        } catch (IOException e) {
            // The parser's message may quote the file; it holds only hashes and names, but keep the log short.
            throw new InvalidException("not a JSON array of {name, sha256, requestsPerMinute, charactersPerMonth}: "
                    + e.getClass().getSimpleName());
        }
        if (entries == null) {
            throw new InvalidException("empty");
        }
        List<ApiKey> keys = new ArrayList<>(entries.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e == null || e.name() == null || e.name().isBlank()) {
                throw new InvalidException("entry " + i + " has no name");
            }
            if (!names.add(e.name())) {
                throw new InvalidException("the name '" + e.name() + "' is used twice");
            }
            String hash = e.sha256() == null ? "" : e.sha256().strip().toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new InvalidException("key '" + e.name() + "': sha256 must be 64 hex digits");
            }
            keys.add(new ApiKey(e.name(), HexFormat.of().parseHex(hash), limit(e.name(), e.requestsPerMinute()),
                    limit(e.name(), e.charactersPerMonth())));
        }
        return List.copyOf(keys);
    }

    private static OptionalLong limit(String name, Long value) throws InvalidException {
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value < 0) {
            throw new InvalidException("key '" + name + "': a limit cannot be negative");
        }
        return OptionalLong.of(value);
    }
}
