package dev.tolk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.tolk.security.KeysTestProfile;
import dev.tolk.security.TestKeys;
import dev.tolk.testing.Fixtures;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The desk page in a real browser against tolk with API keys on (no stand-in): the page itself loads without a key,
 * the API's real 401 and 403 bring up the key field, and a configured key, sent as Bearer, gets the translation.
 */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class DeskKeysTest extends StubbedBackendTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TestHTTPResource("/")
    URL url;

    @Test
    void theRealKeyCheckAsksForAKeyRefusesAWrongOneAndAcceptsAConfiguredOne() {
        DeskPageTest.stubSeed(backend);
        DeskPage page = BROWSER.open(url);

        page.article(DeskPageTest.TITLE, Fixtures.seedDanish()).translate();
        assertThat(page.awaitFinished()).isEqualTo("failed");
        assertThat(page.visible("#key-panel")).isTrue();
        assertThat(page.text("#error-message")).contains("needs an API key");

        page.find("#api-key").sendKeys("wrong");
        page.find("#key-save").click();
        await().atMost(DeskPage.WAIT).until(() -> page.text("#error-message").contains("did not accept"));

        page.find("#api-key").clear();
        page.find("#api-key").sendKeys(TestKeys.OPEN.secret());
        page.find("#key-save").click();
        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(page.rows()).hasSize(16);
    }
}
