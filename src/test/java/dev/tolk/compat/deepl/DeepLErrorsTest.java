package dev.tolk.compat.deepl;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.tolk.testing.BackendAssertions.openAiError;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.Collections;
import java.util.List;

import jakarta.ws.rs.ForbiddenException;

import org.junit.jupiter.api.Test;

import com.deepl.api.AuthorizationException;
import com.deepl.api.DeepLException;
import com.deepl.api.TextResult;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Failures in DeepL's shapes: the client raises the exception it would raise against DeepL, never hangs, and never
 * sees tolk's /v1 problem documents; and the answer's exact shape for the requests DeepL documents.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeepLErrorsTest extends StubbedBackendTest {

    private static final String GERMAN = "Die Bundesregierung hat am Dienstag ihren Entwurf für den Haushalt des "
            + "kommenden Jahres vorgelegt, teilte das Finanzministerium in Berlin mit.";

    @TestHTTPResource("/")
    URL root;

    @Test
    void anUnsupportedTargetLanguageIsDeepLsBadRequest() {
        assertThatThrownBy(() -> DeepLClients.at(root).translateText("Hej", "da", "de"))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("target_lang");
        assertThat(backend.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDetectedLanguageTolkDoesNotTranslateIsABadRequest() {
        assertThatThrownBy(() -> DeepLClients.at(root).translateText(GERMAN, null, "en-US"))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("German");
    }

    @Test
    void aBackendFailureIsA503WithRetryAfterAndTheClientGivesUp() {
        backend.stubFor(chat().willReturn(openAiError(500)));

        assertThatThrownBy(() -> DeepLClients.at(root, "desk-key", 1).translateText(Endpoint.ARTICLE, "da", "en-GB"))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("Service unavailable");

        Response raw = given().formParam("text", Endpoint.ARTICLE).formParam("target_lang", "EN-GB")
                .post("/v2/translate");
        assertThat(raw.statusCode()).isEqualTo(503);
        assertThat(raw.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(raw.contentType()).startsWith("application/json");
        assertThat(raw.jsonPath().getString("message")).contains("unavailable");
        assertThat(raw.jsonPath().getString("type")).as("not a /v1 problem document").isNull();
    }

    @Test
    void aTextOverTheLimitIs413() {
        Response raw = given().formParam("text", "a".repeat(100_001)).formParam("target_lang", "EN-US")
                .post("/v2/translate");

        assertThat(raw.statusCode()).isEqualTo(413);
        assertThat(raw.jsonPath().getString("message")).contains("limit");
    }

    @Test
    void malformedOrMissingParametersAreDeepLsBadRequest() {
        assertMessage(given().formParam("target_lang", "EN-GB").post("/v2/translate"), 400, "'text'");
        assertMessage(given().formParam("text", "Hej").post("/v2/translate"), 400, "'target_lang'");
        assertMessage(given().formParam("text", "Hej").formParam("target_lang", "EN-GB").formParam("source_lang", "DE")
                .post("/v2/translate"), 400, "'source_lang'");
        assertMessage(given().formParam("text", "Hej").formParam("target_lang", "EN-GB").formParam("formality", "more")
                .post("/v2/translate"), 400, "formality");
        assertMessage(given().formParam("text", "Hej").formParam("target_lang", "EN-GB")
                .formParam("context", "x".repeat(2001)).post("/v2/translate"), 400, "'context'");
        assertMessage(given().formParam("text", Collections.nCopies(51, "Hej")).formParam("target_lang", "EN-GB")
                .post("/v2/translate"), 400, "at most 50");
        assertMessage(given().contentType(ContentType.JSON).body("{\"text\": [").post("/v2/translate"), 400, "JSON");
        assertMessage(given().contentType(ContentType.TEXT).body("Hej").post("/v2/translate"), 400, "form");
    }

    @Test
    void v1KeepsItsProblemDocuments() {
        Response raw = given().contentType(ContentType.JSON).body("{\"text\": \"Hej").post("/v1/translate");

        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.contentType()).startsWith("application/problem+json");
        assertThat(raw.jsonPath().getString("type")).isEqualTo("urn:tolk:problem:malformed-json");
    }

    @Test
    void anyKeyOrNoneIsAcceptedWhileTolkHasNoKeys() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        given().formParam("text", Endpoint.ARTICLE).formParam("target_lang", "EN-GB").post("/v2/translate")
                .then().statusCode(200);
        given().formParam("text", Endpoint.ARTICLE).formParam("target_lang", "EN-GB").formParam("auth_key", "legacy")
                .post("/v2/translate").then().statusCode(200);
        given().header("Authorization", "DeepL-Auth-Key anything").get("/v2/usage").then().statusCode(200);
    }

    /** Where the security work plugs in: a key {@link DeepLAuth} refuses is DeepL's 403. */
    @Test
    void aRefusedKeyIsDeepLs403() throws Exception {
        QuarkusMock.installMockForType(new OnlyDeskKey(), DeepLAuth.class);
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        assertThatThrownBy(() -> DeepLClients.at(root, "stolen-key", 0).translateText("Hej", "da", "en-GB"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> DeepLClients.at(root, "stolen-key", 0).getUsage())
                .isInstanceOf(AuthorizationException.class);
        assertMessage(given().formParam("text", "Hej").formParam("target_lang", "EN-GB").post("/v2/translate"), 403,
                "key");
        TextResult ok = DeepLClients.at(root, OnlyDeskKey.KEY, 0).translateText(Endpoint.ARTICLE, "da", "en-GB");
        assertThat(ok.getText()).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
    }

    @Test
    void theAnswerHasDeepLsShapeForFormAndJson() {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        Response form = given().formParam("text", Endpoint.ARTICLE).formParam("target_lang", "EN-GB")
                .formParam("source_lang", "DA").post("/v2/translate");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.jsonPath().getMap("translations[0]")).containsOnlyKeys("detected_source_language", "text");

        Response json = given().contentType(ContentType.JSON)
                .body("{\"text\": [\"" + Endpoint.ARTICLE.replace("\n", "\\n") + "\"], \"target_lang\": \"EN-GB\", "
                        + "\"show_billed_characters\": true, \"split_sentences\": \"nonewlines\", "
                        + "\"preserve_formatting\": true, \"ignore_tags\": [\"x\"], \"some_future_option\": 1}")
                .post("/v2/translate");
        assertThat(json.statusCode()).as(json.asString()).isEqualTo(200);
        assertThat(json.jsonPath().getMap("translations[0]"))
                .containsOnlyKeys("detected_source_language", "text", "billed_characters");
        assertThat(json.jsonPath().getString("translations[0].text")).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(json.jsonPath().getInt("translations[0].billed_characters")).isEqualTo(Endpoint.ARTICLE.length());
        assertThat(json.header("X-Tolk-Warnings")).isNull();
    }

    @Test
    void fidelityWarningsRideAlongAndTheClientStillParses() throws Exception {
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(List.of(Endpoint.ENGLISH.get(0),
                "According to Gaza's health ministry, many people have been killed.")), 120, 45)));

        TextResult result = DeepLClients.at(root).translateText(Endpoint.ARTICLE, "da", "en-GB");
        assertThat(result.getText()).contains("many people");

        caches.clearLocal(); // its first paragraph passed and is cached: the stub answers whole articles only
        backend.stubFor(chat().atPriority(1).withRequestBody(containing("Hej med dig"))
                .willReturn(completion(segments(List.of("Hello to you.")), 20, 5)));
        Response raw = given().formParam("text", "Hej med dig.").formParam("text", Endpoint.ARTICLE)
                .formParam("target_lang", "EN-GB").formParam("source_lang", "DA").post("/v2/translate");
        assertThat(raw.jsonPath().getList("translations[1].tolk_warnings.code")).as(raw.asString()).contains("numbers");
        assertThat(raw.jsonPath().getMap("translations[0]")).doesNotContainKey("tolk_warnings");
        assertThat(raw.header("X-Tolk-Warnings")).contains("1:numbers").doesNotContain("0:");
    }

    private static void assertMessage(Response raw, int status, String fragment) {
        assertThat(raw.statusCode()).as(raw.asString()).isEqualTo(status);
        assertThat(raw.contentType()).startsWith("application/json");
        assertThat(raw.jsonPath().getString("message")).contains(fragment);
    }

    /** What the security work will do: only a known key passes. */
    static class OnlyDeskKey extends DeepLAuth {
        static final String KEY = "desk-key";

        OnlyDeskKey() {
            super(null); // check is overridden: the real key check is not used
        }

        @Override
        public void check(String authorization, String authKey) {
            if (!KEY.equals(presented(authorization, authKey))) {
                throw new ForbiddenException("Unknown or missing key.");
            }
        }
    }
}
