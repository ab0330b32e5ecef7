package dev.tolk.compat.libretranslate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ForbiddenException;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Requests exactly as LibreTranslate's clients send them (JSON from its API clients, a form from scripts, multipart
 * from its own web page), answered in the shapes of its {@code app.py}.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class LibreTranslateTest extends StubbedBackendTest {

    static final String ARTICLE = Endpoint.ARTICLE;
    static final String ENGLISH = String.join("\n\n", Endpoint.ENGLISH);
    private static final List<String> DANISH = List.of(
            "Regeringen fremlagde tirsdag sit forslag til finansloven.",
            "Vejret bliver koldt og blæsende i hele landet i weekenden.");
    private static final List<String> TRANSLATED = List.of(
            "The government presented its proposal for the budget on Tuesday.",
            "The weather will be cold and windy across the country at the weekend.");

    @Test
    void jsonWithAGivenSourceAnswersOnlyTheText() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        JsonPath reply = ok(given().contentType(ContentType.JSON)
                .body(Map.of("q", ARTICLE, "source", "da", "target", "en", "format", "text", "api_key", ""))
                .post("/translate"));

        assertThat(reply.getMap("")).containsOnlyKeys("translatedText");
        assertThat(reply.getString("translatedText")).isEqualTo(ENGLISH);
    }

    @Test
    void anArrayIsAnsweredInOrderWithADetectionPerText() {
        for (int i = 0; i < DANISH.size(); i++) {
            backend.stubFor(chat().withRequestBody(containing(DANISH.get(i).substring(0, 15)))
                    .willReturn(completion(segments(List.of(TRANSLATED.get(i))), 60, 20)));
        }

        JsonPath reply = ok(given().contentType(ContentType.JSON)
                .body(Map.of("q", DANISH, "source", "auto", "target", "en")).post("/translate"));

        assertThat(reply.getList("translatedText", String.class)).containsExactlyElementsOf(TRANSLATED);
        assertThat(reply.getList("detectedLanguage.language", String.class)).containsExactly("da", "da");
        assertThat(reply.getList("detectedLanguage.confidence", Float.class)).containsExactly(100f, 100f);
    }

    @Test
    void aFormAsScriptsSendIt() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        JsonPath reply = ok(given().formParam("q", ARTICLE).formParam("source", "da").formParam("target", "en")
                .post("/translate"));

        assertThat(reply.getString("translatedText")).isEqualTo(ENGLISH);
    }

    @Test
    void multipartAsLibreTranslatesOwnPageSendsIt() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        JsonPath reply = ok(given().multiPart("q", ARTICLE, "text/plain; charset=utf-8").multiPart("source", "auto")
                .multiPart("target", "en").multiPart("format", "text").multiPart("alternatives", "3")
                .multiPart("api_key", "").multiPart("secret", "page-secret").post("/translate"));

        assertThat(reply.getString("translatedText")).isEqualTo(ENGLISH);
        assertThat(reply.getMap("detectedLanguage")).isEqualTo(Map.of("confidence", 100.0f, "language", "da"));
        assertThat(reply.getList("alternatives")).isEmpty();
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments").get(1).asText())
                .as("Danish letters intact").contains("Ifølge");
    }

    @Test
    void htmlKeepsItsMarkup() {
        backend.stubFor(chat().willReturn(completion(segments(List.of(
                "Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo on Wednesday.")), 60, 20)));

        JsonPath reply = ok(given().contentType(ContentType.JSON).body(Map.of("q",
                "<p>Hamas' leder <a href=\"https://www.reuters.com/\">Ismail Haniyeh</a> er onsdag ankommet til Kairo.</p>",
                "source", "da", "target", "en", "format", "html")).post("/translate"));

        assertThat(reply.getString("translatedText")).isEqualTo(
                "<p>Hamas leader <a href=\"https://www.reuters.com/\">Ismail Haniyeh</a> arrived in Cairo on Wednesday.</p>");
    }

    @Test
    void englishWithAutoComesBackUnchangedWithoutABackendCall() {
        String english = "The government presented its proposal for next year's budget on Tuesday, the finance "
                + "ministry said in a statement.";

        JsonPath reply = ok(given().contentType(ContentType.JSON)
                .body(Map.of("q", english, "source", "auto", "target", "en")).post("/translate"));

        assertThat(reply.getString("translatedText")).isEqualTo(english);
        assertThat(reply.getString("detectedLanguage.language")).isEqualTo("en");
        assertThat(backend.getAllServeEvents()).isEmpty();
    }

    @Test
    void fidelityWarningsRideAlong() {
        backend.stubFor(chat().willReturn(completion(segments(List.of(Endpoint.ENGLISH.get(0),
                "According to Gaza's health ministry, many people have been killed.")), 120, 45)));

        Response raw = given().contentType(ContentType.JSON)
                .body(Map.of("q", ARTICLE, "source", "da", "target", "en")).post("/translate");

        assertThat(raw.jsonPath().getList("tolk_warnings.code")).contains("numbers");
        assertThat(raw.header("X-Tolk-Warnings")).contains("0:numbers");
    }

    @Test
    void errorsAreLibreTranslatesErrorBodies() {
        assertError(given().contentType(ContentType.JSON).body(Map.of("source", "da", "target", "en"))
                .post("/translate"), 400, "Invalid request: missing q parameter");
        assertError(given().contentType(ContentType.JSON).body(Map.of("q", "Hej", "target", "en"))
                .post("/translate"), 400, "Invalid request: missing source parameter");
        assertError(given().formParam("q", "Hej").formParam("source", "da").formParam("target", "de")
                .post("/translate"), 400, "de is not supported");
        assertError(given().formParam("q", "Hej").formParam("source", "fr").formParam("target", "en")
                .post("/translate"), 400, "fr is not supported");
        assertError(given().formParam("q", "Hej").formParam("source", "da").formParam("target", "en")
                .formParam("format", "xml").post("/translate"), 400, "xml format is not supported");
        assertError(given().contentType(ContentType.JSON).body(Map.of("q", "Die Bundesregierung hat am Dienstag "
                + "ihren Entwurf für den Haushalt des kommenden Jahres vorgelegt.", "source", "auto", "target", "en"))
                .post("/translate"), 400, "German");
        assertError(given().contentType(ContentType.JSON).body(Map.of("q", "a".repeat(100_001), "source", "da",
                "target", "en")).post("/translate"), 400, "limit");
        assertError(given().contentType(ContentType.JSON).body("{\"q\": ").post("/translate"), 400, "JSON");
        assertError(given().contentType(ContentType.TEXT).body("Hej").post("/translate"), 400, "form");
        assertThat(backend.getAllServeEvents()).isEmpty();
    }

    @Test
    void aBackendFailureIs503WithRetryAfter() {
        backend.stubFor(chat().willReturn(openAiError(500)));

        Response raw = given().contentType(ContentType.JSON).body(Map.of("q", ARTICLE, "source", "da",
                "target", "en")).post("/translate");

        assertError(raw, 503, "unavailable");
        assertThat(raw.header("Retry-After")).matches("[1-9][0-9]*");
    }

    /** Where the security work plugs in: a key {@link LibreAuth} refuses is LibreTranslate's 403. */
    @Test
    void aRefusedKeyIs403() {
        QuarkusMock.installMockForType(new LibreAuth(null) {
            @Override
            public void check(String apiKey) {
                if (!"desk-key".equals(presented(apiKey))) {
                    throw new ForbiddenException("Invalid API key");
                }
            }
        }, LibreAuth.class);

        assertError(given().contentType(ContentType.JSON).body(Map.of("q", "Hej", "source", "da", "target", "en",
                "api_key", "stolen")).post("/translate"), 403, "Invalid API key");
    }

    @Test
    void detectLanguagesAndFrontendSettings() {
        List<Map<String, Object>> danish = given().contentType(ContentType.JSON).body(Map.of("q", ARTICLE))
                .post("/detect").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(danish).containsExactly(Map.of("confidence", 100.0f, "language", "da"));
        List<Map<String, Object>> shortText = given().formParam("q", "Hej").post("/detect")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(shortText).containsExactly(Map.of("confidence", 0.0f, "language", "da"));

        JsonPath languages = given().get("/languages").then().statusCode(200).extract().jsonPath();
        assertThat(languages.getList("code")).containsExactly("da", "en");
        assertThat(languages.getList("[0].targets")).containsExactly("en");

        JsonPath settings = given().get("/frontend/settings").then().statusCode(200).extract().jsonPath();
        assertThat(settings.getInt("charLimit")).isEqualTo(100_000);
        assertThat(settings.getBoolean("keyRequired")).isFalse();
        assertThat(settings.getBoolean("filesTranslation")).isFalse();
        assertThat(settings.getString("language.source.code")).isEqualTo("da");
        assertThat(settings.getString("language.target.code")).isEqualTo("en");
    }

    private static JsonPath ok(Response reply) {
        assertThat(reply.statusCode()).as(reply.asString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply.jsonPath();
    }

    private static void assertError(Response reply, int status, String fragment) {
        assertThat(reply.statusCode()).as(reply.asString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.jsonPath().getMap("")).containsOnlyKeys("error");
        assertThat(reply.jsonPath().getString("error")).contains(fragment);
    }
}
