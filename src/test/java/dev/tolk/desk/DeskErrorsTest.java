package dev.tolk.desk;

import static dev.tolk.testing.BackendAssertions.openAiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.Filter;
import org.openqa.selenium.remote.http.HttpResponse;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** What the editor reads when something goes wrong: words, a retry time, never a blank page or raw JSON. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeskErrorsTest extends StubbedBackendTest {

    private static final Pattern RETRY = Pattern.compile(
            "The language model is not answering; tolk will try again in (\\d+) s\\.");

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TestHTTPResource("/")
    URL url;

    private DeskPage page;

    @BeforeEach
    void openPage() {
        page = BROWSER.open(url);
    }

    @Test
    void backendDownShowsTheRetryTimeCountsDownAndTryingAgainWorks() {
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(openAiError(503)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(openAiError(503)));

        page.article(DeskPageTest.TITLE, Fixtures.seedDanish()).translate();

        assertThat(page.awaitFinished()).isEqualTo("failed");
        assertThat(page.visible("#error")).isTrue();
        String message = page.text("#error-message");
        Matcher m = RETRY.matcher(message);
        assertThat(m.matches()).as(message).isTrue();
        int first = Integer.parseInt(m.group(1));
        assertThat(first).isPositive();
        assertThat(message).doesNotContain("{").doesNotContain("urn:");
        assertThat(page.rows()).as("no half-made English is left standing").allSatisfy(r -> assertThat(r.get("en")).isEmpty());
        await().atMost(DeskPage.WAIT).until(() -> secondsLeft() < first);

        backend.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
        DeskPageTest.stubSeed(backend);
        page.js("if (!document.getElementById('error').hidden) document.getElementById('error-retry').click()");

        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(page.visible("#error")).isFalse();
        assertThat(page.rows()).hasSize(16);
    }

    @Test
    void theErrorAndTheKeyPanelAreAccessible() {
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(openAiError(503)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(openAiError(503)));
        page.article(null, Fixtures.seedDanish()).translate();
        assertThat(page.awaitFinished()).isEqualTo("failed");

        page.find("#key-toggle").click();

        assertThat(page.visible("#key-panel")).isTrue();
        assertThat(page.find("#key-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.seriousAccessibilityViolations()).as("the error and the key panel").isEmpty();
    }

    @Test
    void anArticleOverTheLimitIsToldInWords() {
        page.paste("#text", "Ord ".repeat(25_001)).translate();

        assertThat(page.awaitFinished()).isEqualTo("failed");
        assertThat(page.text("#error-message")).startsWith("The article is too long for tolk.")
                .contains("the limit is 100000");
        assertThat(page.visible("#error")).isTrue();
    }

    @Test
    void anArticleInAnotherLanguageIsToldInWords() {
        page.paste("#text", "Der Hamas-Führer Ismail Haniyeh ist am Mittwoch in Kairo eingetroffen, um mit ägyptischen "
                + "Beamten über den Krieg im Gazastreifen zu sprechen, berichtet die Nachrichtenagentur Reuters.")
                .translate();

        assertThat(page.awaitFinished()).isEqualTo("failed");
        assertThat(page.text("#error-message")).startsWith("tolk cannot translate this article.").contains("German");
    }

    @Test
    void whenTolkAsksForAnApiKeyTheFieldAppearsAndTheKeyIsSentAsBearer() {
        DeskPageTest.stubSeed(backend);
        List<String> sent = new CopyOnWriteArrayList<>();
        // Stands in for a tolk that requires keys: 401 without one, 403 for a wrong one, the real answer for "s3cret".
        Filter keys = next -> request -> {
            if (!request.getUri().contains("/v1/")) {
                return next.execute(request);
            }
            String auth = request.getHeader("Authorization");
            sent.add(String.valueOf(auth));
            if ("Bearer s3cret".equals(auth)) {
                return next.execute(request);
            }
            return new HttpResponse().setStatus(auth == null ? 401 : 403)
                    .setHeader("Content-Type", "application/problem+json")
                    .setContent(Contents.utf8String("{\"type\":\"urn:tolk:problem:unauthorized\",\"title\":\"Unauthorized\","
                            + "\"status\":" + (auth == null ? 401 : 403) + ",\"detail\":\"An API key is required.\"}"));
        };
        try (NetworkInterceptor ignored = new NetworkInterceptor(page.driver(), keys)) {
            assertThat(page.visible("#key-panel")).isFalse();
            assertThat(page.visible("#key-toggle")).as("the key stays reachable").isTrue();

            page.article(DeskPageTest.TITLE, Fixtures.seedDanish()).translate();
            assertThat(page.awaitFinished()).isEqualTo("failed");
            assertThat(page.visible("#key-panel")).isTrue();
            assertThat(page.text("#error-message")).contains("needs an API key");
            assertThat(page.js("return document.activeElement.id")).isEqualTo("api-key");

            page.find("#api-key").sendKeys("wrong");
            page.find("#key-save").click();
            await().atMost(DeskPage.WAIT).until(() -> page.text("#error-message").contains("did not accept"));
            assertThat(page.js("return sessionStorage.getItem('tolk.apiKey')")).isEqualTo("wrong");

            page.find("#api-key").clear();
            page.find("#api-key").sendKeys("s3cret");
            page.find("#key-save").click();
            assertThat(page.awaitFinished()).isEqualTo("done");
            assertThat(page.rows()).hasSize(16);
            assertThat(sent).contains("null", "Bearer wrong", "Bearer s3cret");
        }
    }

    private int secondsLeft() {
        Matcher m = RETRY.matcher(page.text("#error-message"));
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
