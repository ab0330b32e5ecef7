package dev.tolk.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The three APIs are views of one pipeline: an article costs one backend call whichever way it comes in, and what the
 * fidelity checks find shows in each of them.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class OneCacheTest extends StubbedBackendTest {

    private static final String ENGLISH = String.join("\n\n", Endpoint.ENGLISH);

    @Test
    void theSameArticleThroughV1DeepLAndLibreTranslateCostsOneBackendCall() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        Response v1 = v1();
        Response deepl = deepl();
        Response libre = libre();

        assertThat(v1.jsonPath().getString("text")).isEqualTo(ENGLISH);
        assertThat(deepl.jsonPath().getString("translations[0].text")).isEqualTo(ENGLISH);
        assertThat(libre.jsonPath().getString("translatedText")).isEqualTo(ENGLISH);
        assertThat(OpenAiStub.sent(backend).size()).as("backend calls for all three").isEqualTo(1);
        assertThat(v1().jsonPath().getBoolean("cached")).isTrue();
    }

    @Test
    void aFidelityWarningShowsInAllThree() {
        String lossy = "According to Gaza's health ministry, many people have been killed.";
        // The first paragraph passes and is cached by the first request; later ones send only the second.
        backend.stubFor(chat().atPriority(1).withRequestBody(containing("Ismail Haniyeh er onsdag"))
                .willReturn(completion(segments(List.of(Endpoint.ENGLISH.get(0), lossy)), 120, 45)));
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(List.of(lossy)), 60, 20)));

        Response v1 = v1();
        Response deepl = deepl();
        Response libre = libre();

        assertThat(v1.jsonPath().getList("warnings.code")).containsExactly("numbers");
        assertThat(deepl.jsonPath().getList("translations[0].tolk_warnings.code")).containsExactly("numbers");
        assertThat(deepl.header(WarningsHeader.NAME)).isEqualTo("0:numbers");
        assertThat(libre.jsonPath().getList("tolk_warnings.code")).containsExactly("numbers");
        assertThat(libre.header(WarningsHeader.NAME)).isEqualTo("0:numbers");
        assertThat(deepl.jsonPath().getString("translations[0].tolk_warnings[0].detail"))
                .isEqualTo(v1.jsonPath().getString("warnings[0].detail"));
    }

    private static Response v1() {
        return ok(given().contentType(ContentType.JSON).body(Map.of("text", Endpoint.ARTICLE)).post("/v1/translate"));
    }

    /** As the DeepL API documents it: {@code EN}, the variant /v1 and LibreTranslate also ask for. */
    private static Response deepl() {
        return ok(given().header("Authorization", "DeepL-Auth-Key desk-key").formParam("text", Endpoint.ARTICLE)
                .formParam("source_lang", "DA").formParam("target_lang", "EN").post("/v2/translate"));
    }

    private static Response libre() {
        return ok(given().contentType(ContentType.JSON)
                .body(Map.of("q", Endpoint.ARTICLE, "source", "da", "target", "en")).post("/translate"));
    }

    private static Response ok(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        return r;
    }
}
