package dev.tolk.compat.libretranslate;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.security.KeysTestProfile;
import dev.tolk.security.TestKeys;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The LibreTranslate endpoints with API keys on: {@code api_key}, and LibreTranslate's 403 and 429. */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class LibreKeysTest extends StubbedBackendTest {

    @Test
    void withoutOrWithAnUnknownKeyIs403InLibreTranslatesShape() {
        translate(null).then().statusCode(403).contentType("application/json")
                .body("error", containsString("the api_key field"));
        translate("").then().statusCode(403);
        translate("not-a-key").then().statusCode(403).body("error", equalTo("The API key is not valid."));
        given().contentType(ContentType.JSON).body(Map.of("q", Endpoint.ARTICLE)).when().post("/detect").then()
                .statusCode(403);
        assertThat(backend.getAllServeEvents()).isEmpty();
    }

    @Test
    void theSettingsSayAKeyIsNeededAndTheLanguagesAreOpen() {
        given().when().get("/frontend/settings").then().statusCode(200).body("keyRequired", equalTo(true))
                .body("apiKeys", equalTo(true));
        given().when().get("/languages").then().statusCode(200);
    }

    @Test
    void aGoodKeyTranslatesUntilItsRateIsUsedUpThen429WithRetryAfter() throws InterruptedException {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        long window = 3000; // the test rate window: all three requests in the same one
        Thread.sleep(window - System.currentTimeMillis() % window + 20);

        translate(TestKeys.LIBRE.secret()).then().statusCode(200)
                .body("translatedText", equalTo(String.join("\n\n", Endpoint.ENGLISH)));
        given().contentType(ContentType.JSON).body(Map.of("q", Endpoint.ARTICLE, "api_key", TestKeys.LIBRE.secret()))
                .when().post("/detect").then().statusCode(200);
        Response refused = translate(TestKeys.LIBRE.secret());
        refused.then().statusCode(429).contentType("application/json").body("error", notNullValue());
        assertThat(refused.header("Retry-After")).matches("[1-3]");
    }

    private static Response translate(String apiKey) {
        Map<String, Object> body = new HashMap<>(Map.of("q", Endpoint.ARTICLE, "source", "da", "target", "en"));
        if (apiKey != null) {
            body.put("api_key", apiKey);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/translate");
    }
}
