package dev.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * What every hostile request must leave behind: nothing logged at WARN or above (a client's bad request is not tolk's
 * error), and a service still ready that still translates a normal request.
 */
final class StillServing implements BeforeEachCallback, AfterEachCallback {

    private LogWatch log;

    @Override
    public void beforeEach(ExtensionContext context) {
        log = LogWatch.install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        log.uninstall();
        assertThat(log.warningsAndErrors()).as("logged at WARN or above for a client's request").isEmpty();
        RestAssured.given().when().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().contentType("application/json").body("{\"text\":\"Hej verden.\"}")
                .when().post("/v1/translate").then().statusCode(200);
    }
}
