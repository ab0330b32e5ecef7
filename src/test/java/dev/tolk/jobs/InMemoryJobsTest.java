package dev.tolk.jobs;

import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Jobs without Redis: the in-process queue passes the same tests as the Redis Stream. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(JobsTestProfile.class)
class InMemoryJobsTest extends JobsContract {
}
