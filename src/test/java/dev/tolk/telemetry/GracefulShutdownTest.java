package dev.tolk.telemetry;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.InFlightRequests;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.runtime.Application;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Shutting down (what SIGTERM starts) with requests in flight on a slow backend: readiness turns DOWN at once, and
 * the requests still finish with 200. The application is stopped at the end, so this class has a profile of its own
 * and the next test class gets a fresh one.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(GracefulShutdownTest.Draining.class)
class GracefulShutdownTest extends StubbedBackendTest {

    /** A short pre-shutdown delay; a per-attempt timeout longer than the backend is held, so nothing is retried. */
    public static class Draining implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.shutdown.delay", "1s", "tolk.llm.timeout", "30s");
        }
    }

    @AfterEach
    void letRepliesGo() {
        InFlightRequests.release();
    }

    @Test
    void inFlightRequestsFinishWith200WhileReadinessIsDown() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)));
        given().get("/q/health/ready").then().statusCode(200);
        InFlightRequests.hold();

        // Three requests, each with its own backend call (no-cache: no single-flight), held at the backend. Threads
        // made here inherit the test's class loader, which the HTTP client needs.
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        List<CompletableFuture<Response>> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inFlight.add(CompletableFuture.supplyAsync(() -> given().header("Cache-Control", "no-cache")
                    .contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish())).post("/v1/translate"),
                    clients));
        }
        await().atMost(Duration.ofSeconds(20)).alias("three backend calls held").until(() -> {
            for (CompletableFuture<Response> r : inFlight) {
                if (r.isDone()) {
                    throw new AssertionError("finished before the shutdown: " + r.join().statusCode() + " "
                            + r.join().asString());
                }
            }
            return InFlightRequests.now() == 3;
        });

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> Application.currentApplication().stop(),
                clients);
        Response readiness = await().atMost(Duration.ofSeconds(10)).until(() -> given().get("/q/health/ready"),
                r -> r.statusCode() == 503);
        assertThat(readiness.asString()).contains("DOWN");
        assertThat(stopped).as("the application waits for its requests").isNotDone();

        InFlightRequests.release();
        for (CompletableFuture<Response> request : inFlight) {
            Response response = request.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            assertThat(response.jsonPath().getString("text")).startsWith(Fixtures.seedEnglish().get(0));
        }
        stopped.get(30, TimeUnit.SECONDS);
    }
}
