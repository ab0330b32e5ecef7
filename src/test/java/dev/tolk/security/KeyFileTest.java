package dev.tolk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The keys file is read strictly: a typo must not silently lift a limit. */
class KeyFileTest {

    private static final String HASH = TestKeys.sha256("a-key");

    @Test
    void readsNamesHashesAndLimitsAndALimitLeftOutIsNone() throws Exception {
        List<ApiKey> keys = parse("[{\"name\": \"desk-int\", \"sha256\": \"" + HASH.toUpperCase()
                + "\", \"requestsPerMinute\": 120, \"charactersPerMonth\": 5000000}, {\"name\": \"ops\", \"sha256\": \""
                + TestKeys.sha256("other") + "\"}]");

        assertThat(keys).extracting(ApiKey::name).containsExactly("desk-int", "ops");
        assertThat(keys.get(0).requestsPerMinute()).isEqualTo(OptionalLong.of(120));
        assertThat(keys.get(0).charactersPerMonth()).isEqualTo(OptionalLong.of(5_000_000));
        assertThat(keys.get(1).requestsPerMinute()).isEmpty();
        assertThat(keys.get(1).charactersPerMonth()).isEmpty();
        assertThat(keys.get(0).sha256()).isEqualTo(ApiKeys.sha256("a-key"));
        assertThat(keys.get(0).toString()).doesNotContain(HASH);
    }

    @Test
    void refusesWhatWouldSilentlyChangeAKeysMeaning() {
        assertInvalid("[{\"name\": \"a\", \"sha256\": \"" + HASH + "\", \"requestPerMinute\": 1}]", "not a JSON array");
        assertInvalid("[{\"name\": \"a\", \"sha256\": \"abc\"}]", "64 hex digits");
        assertInvalid("[{\"sha256\": \"" + HASH + "\"}]", "no name");
        assertInvalid("[{\"name\": \"a\", \"sha256\": \"" + HASH + "\"}, {\"name\": \"a\", \"sha256\": \"" + HASH
                + "\"}]", "used twice");
        assertInvalid("[{\"name\": \"a\", \"sha256\": \"" + HASH + "\", \"charactersPerMonth\": -1}]", "negative");
        assertInvalid("{\"name\": \"a\"}", "not a JSON array");
        assertInvalid("[{\"name\": \"a\", \"sha256\": \"" + HASH + "\",", "not a JSON array");
    }

    private static void assertInvalid(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(KeyFile.InvalidException.class).hasMessageContaining(message);
    }

    private static List<ApiKey> parse(String json) throws KeyFile.InvalidException {
        return KeyFile.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
