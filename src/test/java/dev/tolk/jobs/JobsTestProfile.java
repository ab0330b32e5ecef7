package dev.tolk.jobs;

import java.util.List;
import java.util.Map;

import dev.tolk.testing.TestRedis;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small limits so the tests can reach them: batches of at most 5 articles, 2 at a time; 2 job workers; work taken
 * over after 3 s; jobs kept 20 s; webhooks signed with {@link #SECRET}, allowed to 127.0.0.1 (the receiver), retried
 * quickly.
 */
public class JobsTestProfile implements QuarkusTestProfile {

    static final String SECRET = "test-webhook-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("tolk.batch.max-parallel", "2"),
                Map.entry("tolk.batch.max-articles", "5"),
                Map.entry("tolk.jobs.workers", "2"),
                Map.entry("tolk.jobs.reclaim-after", "3s"),
                Map.entry("tolk.jobs.retention", "20s"),
                // Replies held by a test (InFlightRequests.hold) must not time out and be retried.
                Map.entry("tolk.llm.timeout", "30s"),
                Map.entry("tolk.llm.resilience.deadline", "60s"),
                Map.entry("tolk.webhooks.secret", SECRET),
                Map.entry("tolk.webhooks.allowed-hosts", "127.0.0.1"),
                Map.entry("tolk.webhooks.initial-backoff", "200ms"),
                Map.entry("tolk.webhooks.max-backoff", "1s"),
                Map.entry("tolk.webhooks.retry-for", "30s"));
    }

    /** The same with a real Redis: jobs on a Redis Stream. */
    public static class WithRedis extends JobsTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestRedis.class));
        }
    }
}
