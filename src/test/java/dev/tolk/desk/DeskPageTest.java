package dev.tolk.desk;

import static dev.tolk.testing.OpenAiStub.cite;
import static dev.tolk.testing.OpenAiStub.cited;
import static dev.tolk.testing.OpenAiStub.segments;
import static dev.tolk.testing.OpenAiStub.streamedCompletion;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import dev.tolk.testing.Fixtures;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The desk page in a real headless Chromium against the running service, the model stubbed: the seed article pasted
 * and translated side by side, the summary and its cited rows, the copy actions, accessibility.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeskPageTest extends StubbedBackendTest {

    static final String TITLE = "Hamas-leder i Kairo for at drøfte krigen i Gaza";
    static final String TITLE_EN = "Hamas leader in Cairo to discuss the war in Gaza";
    static final List<Map<String, Object>> BULLETS = List.of(
            cite("Hamas leader Ismail Haniyeh has arrived in Cairo for talks with Egyptian officials.", 1),
            cite("The Hamas-run health ministry in Gaza says 19,667 people have been killed since 7 October.", 11, 12),
            cite("Israel's President Isaac Herzog says Israel is ready for a new humanitarian pause.", 10));

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TestHTTPResource("/")
    URL url;

    private DeskPage page;

    @BeforeEach
    void openPage() {
        page = BROWSER.open(url);
    }

    /** The seed article's English, title first, as one streamed model reply; the summary as another. */
    static void stubSeed(com.github.tomakehurst.wiremock.WireMockServer backend) {
        List<String> english = new ArrayList<>(List.of(TITLE_EN));
        english.addAll(Fixtures.seedEnglish());
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(streamedCompletion(segments(english), 40, 900, 700)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(streamedCompletion(cited(BULLETS), 20, 850, 90)));
    }

    @Test
    void theSeedArticleIsTranslatedSideBySideWithItsSummaryAbove() throws Exception {
        stubSeed(backend);

        page.article(TITLE, Fixtures.seedDanish()).translate();

        assertThat(page.awaitFinished()).isEqualTo("done");
        List<Map<String, String>> rows = page.rows();
        assertThat(rows).as("the title, then the 15 paragraphs").hasSize(1 + 15);
        assertThat(rows.get(0)).containsEntry("num", "Title").containsEntry("da", TITLE).containsEntry("en", TITLE_EN);
        assertThat(rows.subList(1, 16)).extracting(r -> r.get("da")).containsExactlyElementsOf(Fixtures.seedParagraphs());
        assertThat(rows.subList(1, 16)).extracting(r -> r.get("en")).containsExactlyElementsOf(Fixtures.seedEnglish());
        String english = String.join("\n", rows.stream().map(r -> r.get("en")).toList());
        assertThat(english).contains("Ismail Haniyeh").contains("19,667");

        assertThat(page.bullets()).containsExactly(BULLETS.stream().map(b -> (String) b.get("text")).toArray(String[]::new));
        assertThat(page.text("#bullet-2 .chips")).contains("Paragraph 11").contains("Paragraph 12");
        assertThat(page.text("#warning-bar")).contains("No fidelity warnings");
        assertThat(page.text("#meta")).contains("model test-model").contains("not cached").contains("tokens 900 in, 700 out")
                .containsPattern("prompt [0-9a-f]{12}");
        assertThat(page.visible("#demo-banner")).isFalse();
        assertThat(page.visible("#error")).isFalse();
        assertThat(page.text("#status")).contains("16 rows");

        page.hover("#bullet-2");
        assertThat(citedRows()).containsExactly("para-11", "para-12");
        page.hover("#article-heading");
        assertThat(citedRows()).isEmpty();
        page.js("document.querySelector('#bullet-3 .chip').focus()");
        assertThat(citedRows()).containsExactly("para-10");

        // For the README (docs/desk.png is a copy): the result on a laptop screen, the first bullet's row lit.
        page.js("document.activeElement.blur(); document.getElementById('results').scrollIntoView()");
        page.hover("#bullet-1 .text");
        page.screenshot(Path.of("target", "desk.png"));
        page.fullScreenshot(Path.of("target", "desk-full.png"));

        assertThat(page.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void onAPhoneTheDanishAndTheEnglishStack() throws Exception {
        stubSeed(backend);
        page.resize(390, 844);
        try {
            page.article(TITLE, Fixtures.seedDanish()).translate();
            assertThat(page.awaitFinished()).isEqualTo("done");

            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) page.js("const r = document.getElementById('para-1');"
                    + "const da = r.cells[1].getBoundingClientRect(), en = r.cells[2].getBoundingClientRect();"
                    + "return {daBottom: da.bottom, enTop: en.top, enWidth: en.width,"
                    + " page: document.documentElement.scrollWidth, window: window.innerWidth};");
            assertThat(box.get("enTop").doubleValue()).as("English below Danish")
                    .isGreaterThanOrEqualTo(box.get("daBottom").doubleValue() - 1);
            assertThat(box.get("page").intValue()).as("no sideways scrolling").isLessThanOrEqualTo(box.get("window").intValue());
            page.js("document.getElementById('results').scrollIntoView()");
            page.screenshot(Path.of("target", "desk-phone.png"));
        } finally {
            page.resize(Browser.WIDTH, Browser.HEIGHT);
        }
    }

    @Test
    void copyGivesThePlainEnglishAndTheMarkdown() {
        stubSeed(backend);
        page.allowClipboard();
        page.article(TITLE, Fixtures.seedDanish()).translate();
        assertThat(page.awaitFinished()).isEqualTo("done");
        String body = String.join("\n\n", Fixtures.seedEnglish());

        page.find("#copy-english").click();
        assertThat(page.clipboard()).isEqualTo(TITLE_EN + "\n\n" + body);
        assertThat(page.text("#copy-status")).contains("Copied");

        page.find("#copy-markdown").click();
        String bullets = String.join("\n", BULLETS.stream().map(b -> "- " + b.get("text")).toList());
        assertThat(page.clipboard()).isEqualTo("# " + TITLE_EN + "\n\n" + bullets + "\n\n" + body);
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() {
        assertThat(page.seriousAccessibilityViolations()).as("the empty form").isEmpty();
        stubSeed(backend);
        page.article(TITLE, Fixtures.seedDanish()).translate();
        assertThat(page.awaitFinished()).isEqualTo("done");
        page.hover("#bullet-2");

        assertThat(page.seriousAccessibilityViolations()).as("the translated article").isEmpty();
    }

    @Test
    void translateAgainSkipsTolksCache() {
        stubSeed(backend);
        page.article(TITLE, Fixtures.seedDanish()).translate();
        assertThat(page.awaitFinished()).isEqualTo("done");
        page.translate();
        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(page.text("#meta")).doesNotContain("not cached");
        assertThat(ModelCall.TRANSLATION.sent(backend)).as("the second time came from the cache").hasSize(1);

        page.find("#again").click();

        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(ModelCall.TRANSLATION.sent(backend)).as("Translate again asked the model").hasSize(2);
        assertThat(ModelCall.SUMMARY.sent(backend)).hasSize(2);
        assertThat(page.text("#meta")).contains("not cached");
        assertThat(page.rows()).hasSize(16);
    }

    private List<String> citedRows() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.js(
                "return [...document.querySelectorAll('#rows-body tr.cited')].map(tr => tr.id)");
        return ids;
    }
}
