package dev.tolk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Keys on and no keys file: not ready, and closed (never an open service). */
@QuarkusTest
@TestProfile(NoKeysConfiguredTest.KeysOnNoFile.class)
class NoKeysConfiguredTest {

    public static class KeysOnNoFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.auth.enabled", "true", "tolk.auth.keys-file", "target/keys-test/does-not-exist.json");
        }
    }

    @Test
    void readinessIsDownWithTheReason() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'api-keys' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'api-keys' }.data.reason", containsString("does-not-exist.json"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void everyWayInRefuses() {
        given().header("Authorization", "Bearer anything").when().get("/v1/usage").then().statusCode(403);
        given().header("Authorization", "DeepL-Auth-Key anything").when().get("/v2/usage").then().statusCode(403)
                .body("message", containsString("not valid"));
        given().contentType("application/json").body(Map.of("q", "Hej", "source", "da", "target", "en",
                "api_key", "anything")).when().post("/translate").then().statusCode(403);
    }
}
