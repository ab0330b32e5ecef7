package dev.tolk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The keys the tests use, each with a limit a test can reach, and the keys file they are written to. Each test uses
 * its own key, so counts in the shared Redis never mix. Only the keys' SHA-256 goes into the file, as in production.
 */
public final class TestKeys {

    /** One key: the secret a client sends, and its line in the keys file. */
    public record Key(String name, String secret, Long requestsPerMinute, Long charactersPerMonth) {

        Map<String, Object> entry() {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("name", name);
            out.put("sha256", sha256(secret));
            if (requestsPerMinute != null) {
                out.put("requestsPerMinute", requestsPerMinute);
            }
            if (charactersPerMonth != null) {
                out.put("charactersPerMonth", charactersPerMonth);
            }
            return out;
        }

        public String bearer() {
            return "Bearer " + secret;
        }
    }

    /** The keys file of the running test application. */
    public static final Path FILE = Path.of("target", "keys-test", "keys.json").toAbsolutePath();

    /** No limits: the no-key / bad-key / good-key tests. */
    public static final Key OPEN = key("open", null, null);
    /** 3 requests per window (the test window is 3 s). */
    public static final Key RATE = key("rate", 3L, null);
    /** Room for one {@code Endpoint.ARTICLE} (125 characters) a month, not two. */
    public static final Key QUOTA = key("quota", null, 200L);
    /** No limits; 100 concurrent requests counted. */
    public static final Key COUNT = key("count", 1_000_000L, null);
    /** Redis stopped while it is used. */
    public static final Key OUTAGE = key("outage", 1_000L, 1_000_000L);
    /** Batch and job charging. */
    public static final Key JOBS = key("jobs", null, 1_000_000L);
    public static final Key DEEPL = key("deepl", null, 1_000_000L);
    public static final Key DEEPL_QUOTA = key("deepl-quota", null, 200L);
    public static final Key DEEPL_RATE = key("deepl-rate", 1L, null);
    public static final Key LIBRE = key("libre", 2L, null);
    public static final Key MCP = key("mcp", null, 1_000_000L);
    public static final Key MCP_QUOTA = key("mcp-quota", null, 10L);

    /** Counted by the application and by a second client standing in for another replica. */
    public static final Key SHARED = key("shared", null, 1000L);
    /** Requests the backend fails: their characters are given back. */
    public static final Key REFUND = key("refund", null, 1_000_000L);
    /** Replaced by {@link #ROTATED_IN} when the keys file is rotated. */
    public static final Key ROTATED_OUT = key("rotated-out", null, null);
    public static final Key ROTATED_IN = key("rotated-in", null, null);

    public static final List<Key> ALL = List.of(OPEN, RATE, QUOTA, COUNT, OUTAGE, JOBS, DEEPL, DEEPL_QUOTA, DEEPL_RATE,
            LIBRE, MCP, MCP_QUOTA, SHARED, REFUND, ROTATED_OUT);

    private TestKeys() {
    }

    static Key key(String name, Long requestsPerMinute, Long charactersPerMonth) {
        return new Key(name, "tolk-test-" + name + "-" + UUID.randomUUID(), requestsPerMinute, charactersPerMonth);
    }

    /**
     * Replaces the keys file as Kubernetes replaces a mounted Secret's content (its AtomicWriter): the new content in a
     * new timestamped directory, then the {@code ..data} symlink swapped to it in one rename; {@code keys.json} itself
     * is a symlink to {@code ..data/keys.json} and never changes. The application must follow the swap.
     */
    public static void write(List<Key> keys) {
        try {
            Path dir = FILE.getParent();
            Files.createDirectories(dir);
            Path version = Files.createTempDirectory(dir, "..version-");
            Files.writeString(version.resolve(FILE.getFileName()),
                    new ObjectMapper().writeValueAsString(keys.stream().map(Key::entry).toList()),
                    StandardCharsets.UTF_8);
            Path nextLink = dir.resolve("..data_tmp");
            Files.deleteIfExists(nextLink);
            Files.createSymbolicLink(nextLink, version.getFileName());
            Files.move(nextLink, dir.resolve("..data"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            if (!Files.isSymbolicLink(FILE)) {
                Files.deleteIfExists(FILE);
                Files.createSymbolicLink(FILE, Path.of("..data").resolve(FILE.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
