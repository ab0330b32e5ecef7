package dev.tolk.fidelity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The checks as the application gets them: a bean with its config mapping, Lingua on Quarkus's classpath, metrics. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class FidelityChecksWiringTest {

    @Inject
    FidelityChecks checks;

    @Inject
    LanguageDetector languages;

    @Test
    void checksRunInTheApplicationAndCountFailures() {
        String danish = Fixtures.seedParagraphs().get(11);
        assertThat(checks.checkSegment(danish, Fixtures.seedEnglish().get(11), Map.of())).isEmpty();
        assertThat(checks.checkSegment(danish, Fixtures.seedEnglish().get(11).replace("19,667", "19.667"), Map.of()))
                .extracting(Warning::code).containsExactly("numbers");
        assertThat(languages.detect(danish)).contains("da");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("tolk_fidelity_failures_total{"))
                .filter(l -> l.contains("check=\"numbers\""))).singleElement().asString().matches(".* [1-9][0-9.E]*$");
    }
}
