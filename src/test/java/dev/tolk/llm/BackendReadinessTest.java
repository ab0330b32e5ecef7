package dev.tolk.llm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With a backend configured, tolk is live and ready, without asking the backend anything. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class BackendReadinessTest {

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyAndNamesTheBackend() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("llm-backend"))
                .body("checks.find { it.name == 'llm-backend' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'llm-backend' }.data.primary", equalTo("openai test-model"));
    }
}
