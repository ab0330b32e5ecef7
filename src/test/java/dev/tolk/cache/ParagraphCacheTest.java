package dev.tolk.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The paragraph is the unit of caching: re-sends cost nothing, edits cost only the edited paragraph. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class ParagraphCacheTest extends StubbedBackendTest {

    private static final Logger LOG = Logger.getLogger(ParagraphCacheTest.class);
    private static final String TITLE = "Hamas-leder i Kairo";

    @Test
    void identicalResubmissionIsServedFromCacheAndAnEditSendsOnlyTheEditedParagraph() {
        List<String> english = Fixtures.seedEnglish();
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(englishWithTitle()), 900, 700)));

        JsonPath first = translate(Fixtures.seedDanish(), null);
        assertThat(first.getBoolean("cached")).isFalse();
        assertThat(first.getInt("usage.inputTokens")).isEqualTo(900);
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
        int firstRequestChars = lastUserMessage().length();

        JsonPath again = translate(Fixtures.seedDanish(), null);
        assertThat(again.getBoolean("cached")).isTrue();
        assertThat(again.getInt("usage.inputTokens")).isZero();
        assertThat(again.getInt("usage.outputTokens")).isZero();
        assertThat(again.getString("text")).isEqualTo(first.getString("text"));
        assertThat(again.getString("title")).isEqualTo("Hamas leader in Cairo");
        assertThat(OpenAiStub.sent(backend)).hasSize(1);

        List<String> danish = new ArrayList<>(Fixtures.seedParagraphs());
        String edited = "Det antages, at der er omkring 129 gidsler og krigsfanger tilbage i Gaza.";
        danish.set(6, edited);
        backend.stubFor(chat().atPriority(1).withRequestBody(containing("129 gidsler"))
                .willReturn(completion(segments(List.of("It is believed that around 129 hostages and prisoners of war remain in Gaza.")), 150, 20)));

        JsonPath afterEdit = translate(String.join("\n\n", danish), null);
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
        var payload = OpenAiStub.fencedPayload(OpenAiStub.last(backend));
        assertThat(payload.get("segments")).hasSize(1);
        assertThat(payload.get("segments").get(0).asText()).isEqualTo(edited);
        assertThat(payload.get("title").asText()).isEqualTo(TITLE);
        assertThat(afterEdit.getBoolean("cached")).isFalse();
        assertThat(afterEdit.getInt("usage.inputTokens")).isEqualTo(150);
        List<String> out = List.of(afterEdit.getString("text").split("\n\n"));
        assertThat(out.get(6)).contains("129 hostages");
        assertThat(out.subList(0, 6)).isEqualTo(english.subList(0, 6));
        assertThat(out.subList(7, out.size())).isEqualTo(english.subList(7, english.size()));

        int editRequestChars = lastUserMessage().length();
        LOG.infof("Paragraph cache: first submission sent %d chars in 1 call; identical re-send 0 calls; "
                + "one edited paragraph sent %d chars in 1 call (%.3f of first)", firstRequestChars, editRequestChars,
                editRequestChars / (double) firstRequestChars);
        assertThat(editRequestChars).isLessThan(firstRequestChars / 4);
    }

    @Test
    void noCacheHeaderSkipsTheCacheAndRefreshesIt() {
        backend.stubFor(chat().willReturn(completion(segments(englishWithTitle()), 800, 600)));
        translate(Fixtures.seedDanish(), null);
        JsonPath refreshed = translate(Fixtures.seedDanish(), "no-cache");
        assertThat(refreshed.getBoolean("cached")).isFalse();
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments")).hasSize(16);

        JsonPath afterRefresh = translate(Fixtures.seedDanish(), null);
        assertThat(afterRefresh.getBoolean("cached")).isTrue();
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @Test
    void aFailedRefreshLeavesTheGoodEntry() {
        List<String> good = englishWithTitle();
        List<String> bad = new ArrayList<>(good);
        int withNumber = 0;
        while (!bad.get(withNumber).matches("(?s).*\\d.*")) {
            withNumber++;
        }
        bad.set(withNumber, bad.get(withNumber).replaceAll("\\d+", "999"));
        backend.stubFor(chat().willReturn(completion(segments(good), 800, 600)));
        JsonPath first = translate(Fixtures.seedDanish(), null);
        assertThat(first.getList("warnings")).isEmpty();

        backend.resetAll();
        backend.stubFor(chat().willReturn(completion(segments(bad), 800, 600)));
        JsonPath refreshed = translate(Fixtures.seedDanish(), "no-cache");
        assertThat(refreshed.getList("warnings")).as("the refresh's reply failed the checks").isNotEmpty();
        int refreshCalls = OpenAiStub.sent(backend).size();
        assertThat(refreshCalls).isPositive();

        JsonPath after = translate(Fixtures.seedDanish(), null);
        assertThat(after.getBoolean("cached")).as("the good entry survived the failed refresh").isTrue();
        assertThat(after.getString("text")).isEqualTo(first.getString("text"));
        assertThat(after.getList("warnings")).isEmpty();
        assertThat(OpenAiStub.sent(backend)).hasSize(refreshCalls);
    }

    @Test
    void concurrentIdenticalRequestsShareOneBackendCall() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)
                .withFixedDelay(700)));
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<JsonPath>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("text", Fixtures.seedDanish()))
                        .post("/v1/translate").then().statusCode(200).extract().jsonPath());
            }
            List<String> texts = new ArrayList<>();
            long spentInput = 0;
            for (Future<JsonPath> f : pool.invokeAll(calls)) {
                texts.add(f.get().getString("text"));
                spentInput += f.get().getInt("usage.inputTokens");
            }
            assertThat(OpenAiStub.sent(backend)).hasSize(1);
            assertThat(texts).allMatch(t -> t.equals(String.join("\n\n", Fixtures.seedEnglish())));
            assertThat(spentInput).as("tokens are reported by the one request that made the call").isEqualTo(800);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSharedFailureReachesEveryWaiterAndIsNotCached() throws Exception {
        backend.stubFor(chat().willReturn(aResponse().withStatus(500)
                .withFixedDelay(300)));
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                        .post("/v1/translate").then().extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(503);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(OpenAiStub.sent(backend)).as("one shared call: the first attempt and two retries").hasSize(3);

        backend.resetAll();
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)));
        JsonPath healthy = given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
        assertThat(healthy.getBoolean("cached")).isFalse();
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    @Test
    void aClientGivingUpDoesNotCancelTheCallOthersWaitFor() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600).withFixedDelay(800)));
        HttpClient http = HttpClient.newHttpClient();
        var impatient = HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/v1/translate"))
                .timeout(Duration.ofMillis(200))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new ObjectMapper().writeValueAsString(Map.of("text", Fixtures.seedDanish()))))
                .build();
        assertThrows(HttpTimeoutException.class,
                () -> http.send(impatient, HttpResponse.BodyHandlers.ofString()));

        // The abandoned call still completes and lands in the cache.
        await().atMost(Duration.ofSeconds(5))
                .until(() -> translatePlain().getBoolean("cached"));
        assertThat(OpenAiStub.sent(backend)).hasSize(1);
    }

    private JsonPath translatePlain() {
        return given().contentType(ContentType.JSON).body(Map.of("text", Fixtures.seedDanish()))
                .post("/v1/translate").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath translate(String text, String cacheControl) {
        var request = given().contentType(ContentType.JSON);
        if (cacheControl != null) {
            request.header("Cache-Control", cacheControl);
        }
        return request.body(Map.of("title", TITLE, "text", text)).post("/v1/translate")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> englishWithTitle() {
        List<String> out = new ArrayList<>(Fixtures.seedEnglish());
        out.add(0, "Hamas leader in Cairo");
        return out;
    }

    private String lastUserMessage() {
        return OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(1).get("content").asText();
    }
}
