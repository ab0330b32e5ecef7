package dev.tolk.security;

import java.util.List;
import java.util.Map;

import dev.tolk.testing.TestRedis;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * API keys on, with the {@link TestKeys} in a keys file that is re-read every 200 ms, counted in a real Redis; the
 * rate window is 3 s instead of a minute so a test sees it reset. Shared by every test of keys (one application start).
 */
public class KeysTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        TestKeys.write(TestKeys.ALL);
        return Map.of(
                "tolk.auth.enabled", "true",
                "tolk.auth.keys-file", TestKeys.FILE.toString(),
                "tolk.auth.reload-interval", "200ms",
                "tolk.auth.rate-window", "3s",
                "tolk.auth.redis-pause", "1s",
                // The tests check that counts are exact; on a busy shared test machine, a hundred concurrent requests
                // at a cold start can wait longer than the default for a pooled connection.
                "tolk.auth.redis-timeout", "5s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestRedis.class));
    }
}
