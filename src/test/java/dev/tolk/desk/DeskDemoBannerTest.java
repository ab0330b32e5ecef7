package dev.tolk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.tolk.testing.DemoBackendProfile;
import dev.tolk.testing.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With the demo backend (as in dev mode with no model), the page says plainly that the English is a placeholder. */
@QuarkusTest
@TestProfile(DemoBackendProfile.class)
class DeskDemoBannerTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TestHTTPResource("/")
    URL url;

    @Test
    void theDemoBackendIsAnnouncedInABanner() {
        DeskPage page = BROWSER.open(url);
        assertThat(page.visible("#demo-banner")).isFalse();

        page.article(null, Endpoint.ARTICLE).translate();

        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(page.visible("#demo-banner")).isTrue();
        assertThat(page.text("#demo-banner")).contains("not a translation");
        assertThat(page.text("#meta")).contains("model demo");
        // The placeholder is twice the Danish length: a warning about the whole text, listed in the bar, on no row.
        assertThat(page.text("#warning-bar")).contains("length: the article is");
        assertThat(page.consoleErrors()).isEmpty();
    }
}
